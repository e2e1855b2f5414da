package io.quintet.crm.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Field-level security for change events ({@code {"type","timestamp","data":{…,"record","previous"}}}),
 * in one place for every channel that hands events to a caller: webhooks and live subscriptions.
 */
public final class EventRedaction {

    private EventRedaction() {
    }

    /**
     * The event as a caller with this policy may see it: hidden fields removed from {@code record}
     * and {@code previous}; the same instance when nothing is hidden; null for an update whose
     * every change is hidden, which that caller must not even learn happened.
     */
    public static JsonNode redact(JsonNode event, FieldPolicy policy) {
        if (policy.hidden().isEmpty()) {
            return event;
        }
        ObjectNode copy = event.deepCopy();
        JsonNode data = copy.path("data");
        if (data.path("record") instanceof ObjectNode record) {
            record.remove(policy.hidden());
        }
        if (data.path("previous") instanceof ObjectNode previous) {
            boolean changedSomething = !previous.isEmpty();
            previous.remove(policy.hidden());
            if (changedSomething && previous.isEmpty() && event.path("type").asText().endsWith(".updated")) {
                return null;
            }
        }
        return copy;
    }
}
