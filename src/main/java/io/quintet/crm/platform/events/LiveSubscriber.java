package io.quintet.crm.platform.events;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Permissions;
import io.quintet.crm.platform.sharing.Visibility;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Context;

/**
 * One open {@code recordChanged} subscription: what it asked for, what its caller may read, and the
 * stream it feeds. {@code context} is the subscribing request's Vert.x context, where the caller and
 * tenant stay bound, so that visibility can be re-read there later.
 */
final class LiveSubscriber {

    private final Caller caller;
    private final Set<String> types;
    private final Set<String> ids;
    private final MultiEmitter<? super RecordChange> emitter;
    private final Context context;
    private volatile Map<String, Visibility> visibility;

    /** {@code types} and {@code ids} are null when the subscription does not narrow by them. */
    LiveSubscriber(Caller caller, Set<String> types, Set<String> ids, Map<String, Visibility> visibility,
            MultiEmitter<? super RecordChange> emitter, Context context) {
        this.caller = caller;
        this.types = types;
        this.ids = ids;
        this.visibility = visibility;
        this.emitter = emitter;
        this.context = context;
    }

    Caller caller() {
        return caller;
    }

    Context context() {
        return context;
    }

    void visibility(Map<String, Visibility> current) {
        visibility = current;
    }

    /**
     * Whether the event's {@code data} is for this subscriber: asked for, of an object type the
     * caller may read, and of a record on the caller's side (judged on the record after the change,
     * or before it for a delete).
     */
    boolean accepts(JsonNode data) {
        String object = data.path("object").asText();
        if ((types != null && !types.contains(object)) || (ids != null && !ids.contains(data.path("id").asText()))) {
            return false;
        }
        if (!Permissions.allows(caller, object, Action.READ)) {
            return false;
        }
        JsonNode owner = data.has("record") ? data.path("record").path("ownerId") : data.path("previous").path("ownerId");
        UUID ownerId = owner.isTextual() ? UUID.fromString(owner.asText()) : null;
        return visibility.getOrDefault(object, Visibility.EVERYTHING).canRead(ownerId);
    }

    void emit(RecordChange change) {
        emitter.emit(change);
    }
}
