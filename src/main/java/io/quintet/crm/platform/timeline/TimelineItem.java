package io.quintet.crm.platform.timeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of a record's timeline. An activity entry names the activity ({@code objectType}
 * {@code activity}) and carries it in {@code activity}; a change entry names the changed record, who
 * changed it, the audit action and the fields it changed.
 */
@Type("TimelineItem")
@Description("An activity or a change in a record's timeline")
public record TimelineItem(
        @Id @NonNull UUID id,
        @NonNull TimelineKind kind,
        @NonNull Instant occurredAt,
        @NonNull String objectType,
        @Id @NonNull UUID objectId,
        String actorType,
        String actorId,
        String action,
        List<FieldChange> changes,
        @Ignore JsonNode activity) {
}
