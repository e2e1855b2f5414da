package io.quintet.crm.platform.ratelimit;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.HttpProblemWriter;
import io.quintet.crm.platform.error.ProblemKind;
import io.quintet.crm.platform.security.Caller;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Rate limits {@code /api/**} and {@code /graphql} per caller (tenant and principal) with a token
 * bucket: every answer, success or error, carries {@code RateLimit-Limit}, {@code RateLimit-Remaining}
 * and {@code RateLimit-Reset} (IETF draft "RateLimit header fields for HTTP"); a caller out of tokens
 * gets a 429 with {@code Retry-After}. Limits are per replica (see {@link CallerBuckets}).
 */
@ApplicationScoped
public class RateLimitFilter {

    /** Right after the caller gate (-50), which binds the {@link Caller}; before the REST and GraphQL routes. */
    static final int ORDER = -40;

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    private final boolean enabled;
    private final RateLimitPolicy policy;
    private final CallerBuckets buckets;
    private final HttpProblemWriter problems;

    RateLimitFilter(CrmConfig config, RateLimitPolicy policy, CallerBuckets buckets, HttpProblemWriter problems) {
        this.enabled = config.rateLimits().enabled();
        this.policy = policy;
        this.buckets = buckets;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::limit);
        }
    }

    private void limit(RoutingContext context) {
        Optional<Caller> found = isLimited(context.normalizedPath()) ? Caller.current() : Optional.empty();
        if (found.isEmpty()) {
            context.next();
            return;
        }
        Caller caller = found.get();
        int perMinute = policy.perMinute(caller);
        CallerBuckets.Decision decision = buckets.take(caller.tenantId() + "/" + caller.principal(), perMinute);
        MultiMap headers = context.response().headers();
        headers.set(LIMIT, Integer.toString(decision.limit()));
        headers.set(REMAINING, Long.toString(decision.remaining()));
        headers.set(RESET, Long.toString(decision.resetSeconds()));
        if (!decision.allowed()) {
            headers.set("Retry-After", Long.toString(decision.retryAfterSeconds()));
            problems.write(context, ApiProblem.of(ProblemKind.TOO_MANY_REQUESTS, "This caller may make "
                    + perMinute + " requests a minute; retry in " + decision.retryAfterSeconds() + " s"));
            return;
        }
        context.next();
    }

    static boolean isLimited(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/graphql") || path.startsWith("/graphql/"));
    }
}
