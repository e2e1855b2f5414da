package io.quintet.crm.lead;

import java.time.Instant;

/** One activity of a lead, as much as scoring needs: its type and when it happened. */
public record ActivityFact(String type, Instant occurredAt) {
}
