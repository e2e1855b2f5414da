package io.quintet.crm.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The configuration as SmallRye builds it at start, with Quarkus' converters and the customizer Quarkus discovers. */
class CrmConfigRulesTest {

    private static final Map<String, String> BOOTSTRAP = Map.of(
            "crm.bootstrap.client-id", "crm-admin", "crm.bootstrap.client-secret", "crm-admin-secret");

    @Test
    void positiveCountsAreAccepted() {
        CrmConfig config = build(Map.of("crm.webhooks.concurrency", "1", "crm.rate-limits.per-role.admin", "5"));

        assertEquals(1, config.webhooks().concurrency());
    }

    @Test
    void zeroIsRefusedNamingTheProperty() {
        ConfigValidationException refusal = assertThrows(ConfigValidationException.class,
                () -> build(Map.of("crm.webhooks.concurrency", "0")));

        assertEquals("crm.webhooks.concurrency must be greater than 0 (is 0)", refusal.getProblem(0).getMessage());
    }

    @Test
    void aNegativeMapEntryIsRefusedNamingItsKey() {
        ConfigValidationException refusal = assertThrows(ConfigValidationException.class,
                () -> build(Map.of("crm.rate-limits.per-integration.\"cli.partner\"", "-1")));

        assertEquals("crm.rate-limits.per-integration.\"cli.partner\" must be greater than 0 (is -1)",
                refusal.getProblem(0).getMessage());
    }

    @Test
    void everyBadPropertyIsNamedAtOnce() {
        ConfigValidationException refusal = assertThrows(ConfigValidationException.class,
                () -> build(Map.of("crm.rate-limits.per-minute", "0", "crm.leads.rescore-batch", "0")));

        assertEquals(2, refusal.getProblemCount());
    }

    private static CrmConfig build(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(BOOTSTRAP, "bootstrap", 100))
                .withSources(new PropertiesConfigSource(properties, "test", 200))
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(CrmConfig.class)
                .addDiscoveredCustomizers()
                .build();
        return config.getConfigMapping(CrmConfig.class);
    }
}
