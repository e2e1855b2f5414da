package io.quintet.crm.platform.timeline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What a {@link TimelineSource} is asked for: whose items, which kinds, from where, how many. */
public record TimelineQuery(List<TimelineSubject> subjects, Set<TimelineKind> kinds, Position before, int limit) {

    /** A place in the timeline's order, {@code (occurredAt desc, id desc)}. */
    public record Position(Instant occurredAt, UUID id) {
    }

    /** {@code before}'s time, as the SQL client binds a timestamptz, or null from the newest. */
    public OffsetDateTime beforeAt() {
        return before == null ? null : before.occurredAt().atOffset(ZoneOffset.UTC);
    }

    /** {@code before}'s id, or null from the newest. */
    public UUID beforeId() {
        return before == null ? null : before.id();
    }

    /** The subjects' object types, in the order of {@link #objectIds()}. */
    public String[] objectTypes() {
        return subjects.stream().map(TimelineSubject::objectType).toArray(String[]::new);
    }

    public UUID[] objectIds() {
        return subjects.stream().map(TimelineSubject::id).toArray(UUID[]::new);
    }
}
