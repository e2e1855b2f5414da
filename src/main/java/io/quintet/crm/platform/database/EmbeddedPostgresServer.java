package io.quintet.crm.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM, shared across dev-mode restarts.
 *
 * <p>Dev mode reloads application classes on every change, so a static field would be lost; the
 * running server's port is kept in a system property, which lives as long as the JVM does.
 */
final class EmbeddedPostgresServer {

    /** Where a started server's port is kept for the rest of this JVM's life. */
    private static final String PORT_PROPERTY = "quintet.embedded-postgres.port";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    record Address(int port, String database, String user) {
    }

    private EmbeddedPostgresServer() {
    }

    static synchronized Address ensureStarted(Path dataDir) {
        String running = System.getProperty(PORT_PROPERTY);
        if (running != null) {
            return address(Integer.parseInt(running));
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir.toAbsolutePath()).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            System.setProperty(PORT_PROPERTY, Integer.toString(postgres.getPort()));
            LOG.infof("Started embedded PostgreSQL on port %d (data: %s)", postgres.getPort(),
                    dataDir == null ? "temporary" : dataDir.toAbsolutePath());
            return address(postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static Address address(int port) {
        return new Address(port, "postgres", "postgres");
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
