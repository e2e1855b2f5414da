package io.quintet.crm.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One bucket per caller: a minute's requests at once, then one more each 60/limit seconds. */
class CallerBucketsTest {

    private final CallerBuckets buckets = new CallerBuckets(100);

    @Test
    void letsALimitsWorthOfRequestsThroughAtOnceThenRefuses() {
        for (int i = 1; i <= 60; i++) {
            CallerBuckets.Decision decision = buckets.take("t/a", 60);
            assertTrue(decision.allowed(), "request " + i);
            assertEquals(60 - i, decision.remaining());
        }

        CallerBuckets.Decision refused = buckets.take("t/a", 60);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(1, refused.retryAfterSeconds(), "one request a second comes back");
        assertEquals(60, refused.resetSeconds(), "a minute until the bucket is full again");
    }

    @Test
    void callersDoNotShareABucket() {
        buckets.take("t/a", 1);

        assertFalse(buckets.take("t/a", 1).allowed());
        assertTrue(buckets.take("t/b", 1).allowed());
        assertTrue(buckets.take("other-tenant/a", 1).allowed());
    }

    @Test
    void aChangedLimitGivesTheCallerANewBucket() {
        buckets.take("t/a", 1);

        CallerBuckets.Decision decision = buckets.take("t/a", 5);

        assertTrue(decision.allowed());
        assertEquals(5, decision.limit());
        assertEquals(4, decision.remaining());
    }
}
