package io.quintet.crm.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An activity as clients write it (create and replace; a merge patch is applied to this shape).
 * Which fields apply depends on {@code kind}; {@link KindFields} checks them.
 */
@KindFields
@Input("ActivityInput")
public record ActivityInput(
        @NonNull @NotNull ActivityKind kind,
        @Size(max = 255) String subject,
        @Size(max = 100_000) String body,
        LocalDate dueDate,
        TaskStatus status,
        TaskPriority priority,
        @Id UUID assigneeId,
        CallDirection direction,
        @Min(0) @Max(604_800) Integer durationSeconds,
        @Size(max = 255) String outcome,
        Instant startsAt,
        Instant endsAt,
        @Size(max = 255) String location,
        @Valid Attendees attendees,
        @Size(max = 320) @Pattern(regexp = EMAIL, message = EMAIL_MESSAGE) String from,
        @Size(max = 100) List<@Size(max = 320) @Pattern(regexp = EMAIL, message = EMAIL_MESSAGE) String> to,
        Instant sentAt,
        @NonNull @NotNull @Size(min = 1, max = 20, message = "must name between 1 and 20 records")
        List<@NotNull @Valid ActivityLink> links,
        @Id UUID ownerId) {

    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String EMAIL_MESSAGE = "must be an email address such as ada@example.com";
}
