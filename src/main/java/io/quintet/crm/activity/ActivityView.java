package io.quintet.crm.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.crud.Versioned;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** An activity as clients read it; the fields of other kinds are null (lists empty). */
@Type("Activity")
@Description("A task, call, meeting, logged email or note, linked to the records it concerns")
public record ActivityView(
        @Id @NonNull UUID id,
        @NonNull ActivityKind kind,
        String subject,
        String body,
        LocalDate dueDate,
        TaskStatus status,
        TaskPriority priority,
        @Id UUID assigneeId,
        CallDirection direction,
        Integer durationSeconds,
        String outcome,
        Instant startsAt,
        Instant endsAt,
        String location,
        Attendees attendees,
        String from,
        List<String> to,
        Instant sentAt,
        @NonNull List<ActivityLink> links,
        @Id UUID ownerId,
        Instant createdAt,
        Instant updatedAt,
        @NonNull @ToScalar(Scalar.Int.class) long version) implements Versioned {
}
