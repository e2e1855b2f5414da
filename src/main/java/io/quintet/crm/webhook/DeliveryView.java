package io.quintet.crm.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event's delivery to one subscription: {@code pending}, {@code delivered} or {@code failed} (the retry
 * schedule ran out), and every attempt so far.
 */
public record DeliveryView(UUID id, UUID eventId, String eventType, String status, int attempts, Instant createdAt,
        Instant nextAttemptAt, List<Attempt> attemptLog) {

    /** One try: when, the receiver's status code (none when it could not be reached), how long, what it said. */
    public record Attempt(Instant attemptedAt, Integer statusCode, int latencyMs, String response, String error) {
    }
}
