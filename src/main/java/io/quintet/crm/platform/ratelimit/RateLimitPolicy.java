package io.quintet.crm.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.security.Caller;

/**
 * How many requests per minute a caller may make, from {@code crm.rate-limits.*}: an integration's
 * own entry by client id first, then the most generous entry among the caller's roles, then the default.
 */
@ApplicationScoped
public class RateLimitPolicy {

    private final CrmConfig.RateLimits config;

    @Inject
    RateLimitPolicy(CrmConfig config) {
        this(config.rateLimits());
    }

    RateLimitPolicy(CrmConfig.RateLimits config) {
        this.config = config;
    }

    /** Requests per minute for this caller; always at least 1. */
    public int perMinute(Caller caller) {
        if (caller.actorType() == Caller.ActorType.CLIENT) {
            Integer own = config.perIntegration().get(caller.principal());
            if (own != null) {
                return own;
            }
        }
        int best = 0;
        for (String role : caller.roles()) {
            Integer forRole = config.perRole().get(role);
            if (forRole != null && forRole > best) {
                best = forRole;
            }
        }
        return best > 0 ? best : config.perMinute();
    }
}
