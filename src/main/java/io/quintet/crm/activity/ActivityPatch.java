package io.quintet.crm.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/**
 * The GraphQL shape of an activity merge patch: every field optional; a field left out is kept, a
 * field set to null is cleared. The service reads the raw argument, so this type only declares
 * the schema.
 */
@Description("Fields to change; omitted fields are kept, null clears a field")
@Input("ActivityPatch")
public record ActivityPatch(String subject, String body, LocalDate dueDate, TaskStatus status, TaskPriority priority,
        @Id UUID assigneeId, CallDirection direction, Integer durationSeconds, String outcome, Instant startsAt,
        Instant endsAt, String location, Attendees attendees, String from, List<String> to, Instant sentAt,
        List<ActivityLink> links, @Id UUID ownerId) {
}
