package io.quintet.crm.activity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Permissions;
import io.quintet.crm.platform.sharing.Sharing;
import io.quintet.crm.platform.sharing.Visibility;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.quintet.crm.platform.timeline.TimelineItem;
import io.quintet.crm.platform.timeline.TimelineKind;
import io.quintet.crm.platform.timeline.TimelineQuery;
import io.quintet.crm.platform.timeline.TimelineSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Activities as a timeline source: those linked to any of the subjects, once each, at the time they
 * happened (a meeting's start, an email's sending, else their creation), and only those the caller
 * may read, with the fields the caller's role may see.
 */
@ApplicationScoped
class ActivityTimeline implements TimelineSource {

    // Ownership is applied in SQL ($6: reads all, $7: owners it may read) so that pages stay full.
    private static final String SQL = """
            select a.id, a.occurred_at
            from activity a
            where a.tenant_id = $1
              and a.id in (select l.activity_id from activity_link l
                           join unnest($2::varchar[], $3::uuid[]) as s (object_type, object_id)
                             on l.object_type = s.object_type and l.object_id = s.object_id
                           where l.tenant_id = $1)
              and ($4::timestamptz is null or (a.occurred_at, a.id) < ($4::timestamptz, $5::uuid))
              and ($6::boolean or a.owner_id = any($7::uuid[]))
            order by a.occurred_at desc, a.id desc
            limit $8""";

    private final Pool pool;
    private final ActivityService activities;
    private final Sharing sharing;
    private final Mutiny.SessionFactory sessions;
    private final ObjectMapper json;

    ActivityTimeline(Pool pool, ActivityService activities, Sharing sharing, Mutiny.SessionFactory sessions,
            ObjectMapper json) {
        this.pool = pool;
        this.activities = activities;
        this.sharing = sharing;
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.ACTIVITY);
    }

    @Override
    public Uni<List<TimelineItem>> items(TimelineQuery query) {
        if (!Permissions.allows(Caller.require(), activities.objectType(), Action.READ)) {
            return Uni.createFrom().item(List.of());
        }
        UUID tenantId = TenantContext.require();
        return sessions.openSession()
                .chain(session -> sharing.visibility(session, activities.objectType()).eventually(session::close))
                .chain(visible -> pool.preparedQuery(SQL).execute(parameters(query, tenantId, visible)))
                .chain(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    Map<UUID, OffsetDateTime> occurred = new HashMap<>();
                    for (Row row : rows) {
                        ids.add(row.getUUID("id"));
                        occurred.put(row.getUUID("id"), row.getOffsetDateTime("occurred_at"));
                    }
                    return activities.findAll(ids).map(found -> items(ids, occurred, found));
                });
    }

    private static Tuple parameters(TimelineQuery query, UUID tenantId, Visibility visible) {
        return Tuple.tuple(List.of(tenantId, query.objectTypes(), query.objectIds()))
                .addValue(query.beforeAt()).addValue(query.beforeId())
                .addValue(visible.readsAll()).addValue(visible.owners().toArray(UUID[]::new))
                .addValue(query.limit());
    }

    private List<TimelineItem> items(List<UUID> ids, Map<UUID, OffsetDateTime> occurred, List<ActivityView> found) {
        Map<UUID, ActivityView> byId = found.stream().collect(Collectors.toMap(ActivityView::id, Function.identity()));
        Set<String> hidden = activities.fieldPolicy().hidden();
        List<TimelineItem> items = new ArrayList<>();
        for (UUID id : ids) {
            ActivityView view = byId.get(id);
            if (view == null) {
                continue;
            }
            ObjectNode activity = json.valueToTree(view);
            activity.remove(hidden);
            items.add(new TimelineItem(id, TimelineKind.ACTIVITY, occurred.get(id).toInstant(),
                    activities.objectType(), id, null, null, view.kind().name().toLowerCase(), null, activity));
        }
        return items;
    }
}
