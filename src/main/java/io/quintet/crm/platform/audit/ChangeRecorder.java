package io.quintet.crm.platform.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.smallrye.mutiny.Uni;

/**
 * Writes the audit entry and the outbox event of a change, in the session (and so the
 * transaction) that makes the change: both commit with it or not at all.
 *
 * <p>The JSON goes in as text and is cast in SQL: bound directly to a jsonb parameter, the reactive
 * PostgreSQL client would store a Java string as a JSON string value, not as the object it spells.
 */
@ApplicationScoped
public class ChangeRecorder {

    /** Fields that change on every write and say nothing about what the caller changed. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "createdAt");

    private final ObjectMapper json;

    ChangeRecorder(ObjectMapper json) {
        this.json = json;
    }

    /** What happened to a record. */
    public enum Action {
        CREATED, UPDATED, DELETED, TRANSFERRED;

        String eventSuffix() {
            return name().toLowerCase();
        }
    }

    /**
     * Records a change from {@code before} to {@code after} (either may be null for a create or a
     * delete). An update that changed nothing records nothing.
     */
    public Uni<Void> record(Mutiny.Session session, String objectType, UUID objectId, Action action, JsonNode before,
            JsonNode after) {
        ObjectNode changes = diff(before, after);
        if (action == Action.UPDATED && changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ObjectNode previous = json.createObjectNode();
        changes.fields().forEachRemaining(change -> previous.set(change.getKey(), change.getValue().get("from")));
        UUID tenantId = TenantContext.require();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Caller caller = Caller.current().orElse(null);
        return audit(session, tenantId, now, caller, objectType, objectId, action, changes)
                .chain(() -> outbox(session, tenantId, now, objectType, objectId, action.eventSuffix(), after,
                        action == Action.CREATED ? null : previous));
    }

    /**
     * Announces a domain event beyond the record's own create/update/delete, such as
     * {@code opportunity.stage_changed}, in the outbox only: the audit entry of the update that
     * caused it already holds the field changes.
     */
    public Uni<Void> announce(Mutiny.Session session, String objectType, UUID objectId, String eventSuffix,
            JsonNode record, JsonNode previous) {
        return outbox(session, TenantContext.require(), Instant.now().truncatedTo(ChronoUnit.MICROS), objectType,
                objectId, eventSuffix, record, previous);
    }

    private Uni<Void> audit(Mutiny.Session session, UUID tenantId, Instant now, Caller caller, String objectType,
            UUID objectId, Action action, ObjectNode changes) {
        return session.createNativeQuery("insert into audit_entry (tenant_id, id, occurred_at, actor_type, actor_id, "
                + "object_type, object_id, action, changes) values (:tenant, :id, :at, :actorType, :actorId, :objectType, "
                + ":objectId, :action, cast(cast(:changes as text) as jsonb))")
                .setParameter("tenant", tenantId)
                .setParameter("id", UUID.randomUUID())
                .setParameter("at", now)
                .setParameter("actorType", caller == null ? "system" : caller.actorType().name().toLowerCase())
                .setParameter("actorId", caller == null ? "system" : caller.principal())
                .setParameter("objectType", objectType)
                .setParameter("objectId", objectId)
                .setParameter("action", action.eventSuffix())
                .setParameter("changes", changes.toString())
                .executeUpdate()
                .replaceWithVoid();
    }

    private Uni<Void> outbox(Mutiny.Session session, UUID tenantId, Instant now, String objectType, UUID objectId,
            String eventSuffix, JsonNode record, JsonNode previous) {
        ObjectNode event = json.createObjectNode();
        event.put("type", objectType + "." + eventSuffix);
        event.put("timestamp", now.toString());
        ObjectNode data = event.putObject("data");
        data.put("tenantId", tenantId.toString());
        data.put("object", objectType);
        data.put("id", objectId.toString());
        if (record != null) {
            data.set("record", record);
        }
        if (previous != null) {
            data.set("previous", previous);
        }
        return session.createNativeQuery("insert into outbox_event (tenant_id, id, event_type, object_type, "
                + "object_id, occurred_at, payload) values (:tenant, :id, :type, :objectType, :objectId, :at, "
                + "cast(cast(:payload as text) as jsonb))")
                .setParameter("tenant", tenantId)
                .setParameter("id", UUID.randomUUID())
                .setParameter("type", objectType + "." + eventSuffix)
                .setParameter("objectType", objectType)
                .setParameter("objectId", objectId)
                .setParameter("at", now)
                .setParameter("payload", event.toString())
                .executeUpdate()
                .replaceWithVoid();
    }

    /** {@code {"field": {"from": old, "to": new}}} for every field whose value differs. */
    private ObjectNode diff(JsonNode before, JsonNode after) {
        ObjectNode changes = json.createObjectNode();
        JsonNode from = before == null ? json.createObjectNode() : before;
        JsonNode to = after == null ? json.createObjectNode() : after;
        Set<String> names = new TreeSet<>();
        from.fieldNames().forEachRemaining(names::add);
        to.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (BOOKKEEPING.contains(name)) {
                continue;
            }
            JsonNode old = from.path(name).isMissingNode() ? NullNode.instance : from.get(name);
            JsonNode now = to.path(name).isMissingNode() ? NullNode.instance : to.get(name);
            if (!old.equals(now)) {
                ObjectNode change = changes.putObject(name);
                change.set("from", old);
                change.set("to", now);
            }
        }
        return changes;
    }
}
