package io.quintet.crm.platform.events;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One committed change of a record as a live subscriber receives it: the outbox event a webhook also gets. */
@Type("RecordChange")
@Description("A committed change of a record: the event webhooks deliver, with its data flattened")
public record RecordChange(
        @NonNull @Description("The event type, e.g. contact.updated") String type,
        @NonNull @Description("When the change was made") Instant timestamp,
        @NonNull @Id String tenantId,
        @NonNull @Description("The object type, e.g. contact") String object,
        @NonNull @Id @Description("The record's id") String id,
        @Description("The record after the change, as JSON text; null for a delete") JsonText record,
        @Description("The changed fields' previous values, as JSON text; null for a create") JsonText previous) {
}
