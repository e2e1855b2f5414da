package io.quintet.crm.platform.timeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The audit log as a timeline source: each audit action maps to a kind, generically, so that a
 * feature that records {@code converted} entries shows them without code here (stage changes come
 * from the opportunities' own stage history). Fields hidden from the caller's role are dropped from every entry, and a field change that
 * changed only hidden fields is left out altogether.
 */
@ApplicationScoped
public class AuditTrail implements TimelineSource {

    /** The timeline kind of each audit action; other actions (such as {@code deleted}) are not shown. */
    static final Map<String, TimelineKind> KIND_OF_ACTION = Map.of(
            "created", TimelineKind.CREATED,
            "updated", TimelineKind.FIELD_CHANGE,
            "transferred", TimelineKind.FIELD_CHANGE,
            "converted", TimelineKind.CONVERSION);

    private static final String[] FIELD_CHANGE_ACTIONS = KIND_OF_ACTION.entrySet().stream()
            .filter(entry -> entry.getValue() == TimelineKind.FIELD_CHANGE).map(Map.Entry::getKey)
            .toArray(String[]::new);

    // $4 are the hidden fields: removed from what is returned and from the test that anything is left.
    private static final String SQL = """
            select id, occurred_at, actor_type, actor_id, object_type, object_id, action,
                   (changes - $4::text[])::text as changes
            from audit_entry
            where tenant_id = $1 and object_type = $2 and object_id = any($3::uuid[]) and action = any($5::text[])
              and ($6::timestamptz is null or (occurred_at, id) < ($6::timestamptz, $7::uuid))
              and (action <> all($8::text[]) or changes - $4::text[] <> '{}'::jsonb)
            order by occurred_at desc, id desc
            limit $9""";

    private final Pool pool;
    private final ObjectMapper json;

    AuditTrail(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    @Override
    public Set<TimelineKind> kinds() {
        return EnumSet.copyOf(KIND_OF_ACTION.values());
    }

    @Override
    public Uni<List<TimelineItem>> items(TimelineQuery query) {
        String[] actions = KIND_OF_ACTION.entrySet().stream().filter(entry -> query.kinds().contains(entry.getValue()))
                .map(Map.Entry::getKey).toArray(String[]::new);
        if (actions.length == 0) {
            return Uni.createFrom().item(List.of());
        }
        UUID tenantId = TenantContext.require();
        Caller caller = Caller.require();
        Map<String, List<UUID>> idsByType = query.subjects().stream().collect(Collectors.groupingBy(
                TimelineSubject::objectType, LinkedHashMap::new,
                Collectors.mapping(TimelineSubject::id, Collectors.toList())));
        List<TimelineItem> items = new ArrayList<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Map.Entry<String, List<UUID>> group : idsByType.entrySet()) {
            String[] hidden = caller.authority().fields(group.getKey()).hidden().stream()
                    .map(field -> field.split("\\.")[0]).distinct().toArray(String[]::new);
            Tuple parameters = Tuple.tuple(List.of(tenantId, group.getKey(), group.getValue().toArray(UUID[]::new),
                    hidden, actions)).addValue(query.beforeAt()).addValue(query.beforeId())
                    .addValue(FIELD_CHANGE_ACTIONS).addValue(query.limit());
            all = all.chain(() -> pool.preparedQuery(SQL).execute(parameters).invoke(rows -> {
                for (Row row : rows) {
                    items.add(item(row));
                }
            }).replaceWithVoid());
        }
        return all.replaceWith(items);
    }

    private TimelineItem item(Row row) {
        String action = row.getString("action");
        return new TimelineItem(row.getUUID("id"), KIND_OF_ACTION.get(action),
                row.getOffsetDateTime("occurred_at").toInstant(), row.getString("object_type"),
                row.getUUID("object_id"), row.getString("actor_type"), row.getString("actor_id"), action,
                changes(row.getString("changes")), null);
    }

    private List<FieldChange> changes(String text) {
        JsonNode changes;
        try {
            changes = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit entry holds invalid JSON", e);
        }
        List<FieldChange> list = new ArrayList<>();
        changes.fields().forEachRemaining(change -> list.add(new FieldChange(change.getKey(),
                change.getValue().path("from").toString(), change.getValue().path("to").toString())));
        list.sort((a, b) -> a.field().compareTo(b.field()));
        return list;
    }
}
