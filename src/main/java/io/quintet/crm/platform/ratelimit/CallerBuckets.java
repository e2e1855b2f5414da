package io.quintet.crm.platform.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quintet.crm.platform.config.CrmConfig;

/**
 * The token buckets of recent callers, in this replica's memory only: limits are per replica, so
 * behind N replicas a caller may get up to N times its limit through. A bucket left alone for one
 * refill window is full again, the same as a new one, so idle buckets are dropped after that long;
 * the count of buckets is bounded too. Lock-free, never blocks, never touches the database.
 */
@ApplicationScoped
public class CallerBuckets {

    /** A bucket holds a minute's worth of requests and refills it evenly over a minute. */
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Cache<String, Limited> buckets;

    /** A caller's bucket and the limit it was made for (a user's roles, and so their limit, may change). */
    private record Limited(int perMinute, Bucket bucket) {
    }

    /** The outcome of one request: let through or not, and what the rate-limit headers say. */
    public record Decision(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    @Inject
    CallerBuckets(CrmConfig config) {
        this(config.rateLimits().maxCallers());
    }

    CallerBuckets(long maxCallers) {
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxCallers)
                .expireAfterAccess(WINDOW)
                .build();
    }

    /** Takes one token from the caller's bucket, made with {@code perMinute} tokens if it has none yet. */
    public Decision take(String caller, int perMinute) {
        Limited limited = buckets.get(caller, key -> new Limited(perMinute, newBucket(perMinute)));
        if (limited.perMinute() != perMinute) {
            Limited fresh = new Limited(perMinute, newBucket(perMinute));
            limited = buckets.asMap().merge(caller, fresh, (old, made) -> old.perMinute() == perMinute ? old : made);
        }
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        long reset = seconds(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new Decision(true, perMinute, probe.getRemainingTokens(), reset, 0);
        }
        return new Decision(false, perMinute, 0, reset, Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private static Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
                .build();
    }

    /** Whole seconds, rounded up: a client that waits that long will find its token there. */
    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
