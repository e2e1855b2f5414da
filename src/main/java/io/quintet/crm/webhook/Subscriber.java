package io.quintet.crm.webhook;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** What fan-out and replay need to know of a subscription to decide whether it wants an event. */
record Subscriber(UUID tenantId, UUID id, List<String> eventTypes, List<String> fields, String owner) {

    /** An outbox event as fan-out reads it. */
    record Event(UUID tenantId, UUID id, String type, String objectType, JsonNode payload) {
    }

    static String owner(String ownerType, String ownerId) {
        return ownerType + ":" + ownerId;
    }

    /**
     * Whether this subscription gets the event: its type matches a pattern; for an {@code *.updated} event
     * with a field filter, one of the fields changed. This is also the one place that decides what a
     * subscriber may see: a subscription's own lifecycle events ({@code webhook.*}) go only to subscriptions
     * of the same owner, so one integration never learns of another's.
     */
    boolean wants(Event event) {
        if (!event.tenantId().equals(tenantId) || !EventTypes.matches(eventTypes, event.type())) {
            return false;
        }
        JsonNode data = event.payload().path("data");
        if (event.objectType().equals("webhook")) {
            JsonNode record = data.path("record").has("owner") ? data.path("record") : data.path("previous");
            return owner.equals(record.path("owner").asText());
        }
        if (event.type().endsWith(".updated") && !fields.isEmpty()) {
            JsonNode previous = data.path("previous");
            return fields.stream().anyMatch(previous::has);
        }
        return true;
    }
}
