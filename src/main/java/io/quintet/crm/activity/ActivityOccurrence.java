package io.quintet.crm.activity;

import java.time.Instant;
import java.util.UUID;

/** That an activity of some kind, linked to a record, happened at a time; what behaviour scoring counts. */
public record ActivityOccurrence(UUID recordId, ActivityKind kind, Instant occurredAt) {

    /** As the native query of {@link ActivityService#occurrences} reads a row. */
    ActivityOccurrence(UUID recordId, String kind, Instant occurredAt) {
        this(recordId, ActivityKind.valueOf(kind), occurredAt);
    }
}
