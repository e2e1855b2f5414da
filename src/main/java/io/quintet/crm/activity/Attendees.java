package io.quintet.crm.activity;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;

/** Who attends a meeting: users of the tenant and contacts ({@link KindFields} refuses null entries). */
@Type("Attendees")
@Input("AttendeesInput")
public record Attendees(@Size(max = 100) List<UUID> userIds,
        @Size(max = 100) List<UUID> contactIds) {
}
