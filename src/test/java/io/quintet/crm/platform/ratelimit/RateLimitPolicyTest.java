package io.quintet.crm.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.security.Caller;

/** Which configured number applies to a caller: its integration's entry, else its most generous role, else the default. */
class RateLimitPolicyTest {

    private static final UUID TENANT = UUID.randomUUID();

    private final RateLimitPolicy policy = new RateLimitPolicy(new Limits(true, 600,
            Map.of("admin", 1200, "read_only", 300, "marketer", 900), Map.of("cli_partner", 5000), 100));

    @Test
    void aCallerWithoutAnEntryGetsTheDefault() {
        assertEquals(600, policy.perMinute(client("cli_other", "sales_rep")));
    }

    @Test
    void aRoleEntryReplacesTheDefaultEvenWhenLower() {
        assertEquals(300, policy.perMinute(client("cli_other", "read_only")));
    }

    @Test
    void aCallerWithSeveralRolesGetsTheMostGenerousEntry() {
        assertEquals(1200, policy.perMinute(user("read_only", "admin", "marketer")));
    }

    @Test
    void anIntegrationsEntryWinsOverItsRole() {
        assertEquals(5000, policy.perMinute(client("cli_partner", "read_only")));
    }

    @Test
    void aUserIsNeverMatchedByAnIntegrationEntry() {
        Caller user = new Caller(TENANT, "cli_partner", Caller.ActorType.USER, Set.of("read_only"), Set.of(), false);

        assertEquals(300, policy.perMinute(user));
    }

    private static Caller client(String clientId, String... roles) {
        return new Caller(TENANT, clientId, Caller.ActorType.CLIENT, Set.of(roles), Set.of(), false);
    }

    private static Caller user(String... roles) {
        return new Caller(TENANT, UUID.randomUUID().toString(), Caller.ActorType.USER, Set.of(roles), Set.of(), false);
    }

    /** Settings as {@code crm.rate-limits.*} would give them. */
    private record Limits(boolean enabled, int perMinute, Map<String, Integer> perRole,
            Map<String, Integer> perIntegration, long maxCallers) implements CrmConfig.RateLimits {
    }
}
