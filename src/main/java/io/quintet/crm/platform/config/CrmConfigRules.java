package io.quintet.crm.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.ConfigValidationException.Problem;
import io.smallrye.config.ConfigValidator;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;

/**
 * Refuses a {@link CrmConfig} whose counts and limits are not above zero, when the configuration is built (before
 * anything starts), with one line per property: "Configuration validation failed: crm.webhooks.concurrency must be
 * greater than 0 (is 0)". Plain code rather than jakarta.validation constraints on the mapping: those made Quarkus
 * bootstrap Hibernate Validator for the configuration at every start, about a second of CPU. Registered in
 * {@code META-INF/services/io.smallrye.config.SmallRyeConfigBuilderCustomizer}.
 */
public class CrmConfigRules implements SmallRyeConfigBuilderCustomizer {

    @Override
    public void configBuilder(SmallRyeConfigBuilder builder) {
        ConfigValidator others = builder.getValidator();
        builder.withValidator((mapping, prefix, config) -> {
            others.validateMapping(mapping, prefix, config);
            if (config instanceof CrmConfig crm) {
                check(crm);
            }
        });
    }

    /** Last, so that it adds to a validator another customizer may have set instead of replacing it. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    static void check(CrmConfig config) {
        List<Problem> problems = new ArrayList<>();
        CrmConfig.RateLimits rateLimits = config.rateLimits();
        positive(problems, "crm.rate-limits.per-minute", rateLimits.perMinute());
        positiveEntries(problems, "crm.rate-limits.per-role", rateLimits.perRole());
        positiveEntries(problems, "crm.rate-limits.per-integration", rateLimits.perIntegration());
        positive(problems, "crm.rate-limits.max-callers", rateLimits.maxCallers());
        positive(problems, "crm.events.catch-up-limit", config.events().catchUpLimit());
        CrmConfig.Webhooks webhooks = config.webhooks();
        positive(problems, "crm.webhooks.concurrency", webhooks.concurrency());
        positive(problems, "crm.webhooks.claim-batch", webhooks.claimBatch());
        positive(problems, "crm.webhooks.max-consecutive-failures", webhooks.maxConsecutiveFailures());
        positive(problems, "crm.leads.rescore-batch", config.leads().rescoreBatch());
        if (!problems.isEmpty()) {
            throw new ConfigValidationException(problems.toArray(Problem[]::new));
        }
    }

    private static void positiveEntries(List<Problem> problems, String property, Map<String, Integer> entries) {
        entries.forEach((key, value) -> positive(problems, property + "." + (key.contains(".") ? '"' + key + '"' : key), value));
    }

    private static void positive(List<Problem> problems, String property, long value) {
        if (value <= 0) {
            problems.add(new Problem(property + " must be greater than 0 (is " + value + ")"));
        }
    }
}
