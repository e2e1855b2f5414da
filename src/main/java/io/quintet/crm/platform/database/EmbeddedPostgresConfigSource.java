package io.quintet.crm.platform.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Answers the datasource properties with the address of an embedded PostgreSQL, started on the
 * first read of one of them.
 *
 * <p>Lazy on purpose: nothing starts until something reads one of these values, so listing
 * property names (as the build does) never starts a server.
 */
final class EmbeddedPostgresConfigSource implements ConfigSource {

    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String USERNAME = "quarkus.datasource.username";
    private static final String PASSWORD = "quarkus.datasource.password";

    private final Path dataDir;

    EmbeddedPostgresConfigSource(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(EmbeddedPostgresConfigSourceFactory.REACTIVE_URL, JDBC_URL, USERNAME, PASSWORD);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case EmbeddedPostgresConfigSourceFactory.REACTIVE_URL, JDBC_URL, USERNAME, PASSWORD ->
                    properties().get(propertyName);
            default -> null;
        };
    }

    private Map<String, String> properties() {
        EmbeddedPostgresServer.Address address = EmbeddedPostgresServer.ensureStarted(dataDir);
        return Map.of(
                EmbeddedPostgresConfigSourceFactory.REACTIVE_URL,
                "postgresql://localhost:" + address.port() + "/" + address.database(),
                JDBC_URL, "jdbc:postgresql://localhost:" + address.port() + "/" + address.database(),
                USERNAME, address.user(),
                PASSWORD, address.user());
    }

    @Override
    public String getName() {
        return "embedded-postgresql";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
