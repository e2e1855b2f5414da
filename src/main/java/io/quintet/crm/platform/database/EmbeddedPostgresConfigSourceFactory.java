package io.quintet.crm.platform.database;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Supplies datasource settings for an embedded PostgreSQL when none are configured, so that
 * {@code ./mvnw quarkus:dev} and {@code ./mvnw verify} work on a machine with only a JDK.
 *
 * <p>The prod profile never gets one: there, a missing URL is a startup error.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String DATA_DIR = "crm.embedded-postgres.data-dir";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(REACTIVE_URL)) || context.getProfiles().contains("prod")) {
            return List.of();
        }
        ConfigValue configuredDir = context.getValue(DATA_DIR);
        boolean dev = context.getProfiles().contains("dev");
        Path dataDir = isSet(configuredDir) ? Path.of(configuredDir.getValue())
                : dev ? Path.of("target", "crm-dev-db") : null;
        return List.of(new EmbeddedPostgresConfigSource(dataDir));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(110);
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
