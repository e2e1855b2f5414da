package io.quintet.crm.opportunity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.TextNode;

import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.quintet.crm.platform.timeline.FieldChange;
import io.quintet.crm.platform.timeline.TimelineItem;
import io.quintet.crm.platform.timeline.TimelineKind;
import io.quintet.crm.platform.timeline.TimelineQuery;
import io.quintet.crm.platform.timeline.TimelineSource;
import io.quintet.crm.platform.timeline.TimelineSubject;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Opportunities' stage changes as a timeline source, from their stage history: one {@code stage_change}
 * entry per move, with the stage's id and name before and after (a new opportunity's first stage is its
 * creation, not a change). The update that moved it also shows as a field change of {@code stageId}.
 */
@ApplicationScoped
class StageChangeTimeline implements TimelineSource {

    private static final String SQL = """
            select id, created_at, opportunity_id, from_stage_id, from_stage_name, to_stage_id, to_stage_name,
                   changed_by
            from opportunity_stage_change
            where tenant_id = $1 and opportunity_id = any($2::uuid[]) and from_stage_id is not null
              and ($3::timestamptz is null or (created_at, id) < ($3::timestamptz, $4::uuid))
            order by created_at desc, id desc
            limit $5""";

    private final Pool pool;
    private final OpportunityService opportunities;

    StageChangeTimeline(Pool pool, OpportunityService opportunities) {
        this.pool = pool;
        this.opportunities = opportunities;
    }

    @Override
    public Set<TimelineKind> kinds() {
        return Set.of(TimelineKind.STAGE_CHANGE);
    }

    @Override
    public Uni<List<TimelineItem>> items(TimelineQuery query) {
        UUID[] ids = query.subjects().stream().filter(subject -> subject.objectType().equals(opportunities.objectType()))
                .map(TimelineSubject::id).toArray(UUID[]::new);
        boolean stageHidden = Caller.require().authority().fields(opportunities.objectType()).hidden()
                .contains("stageId");
        if (ids.length == 0 || stageHidden) {
            return Uni.createFrom().item(List.of());
        }
        Tuple parameters = Tuple.of(TenantContext.require(), ids, query.beforeAt(), query.beforeId(), query.limit());
        return pool.preparedQuery(SQL).execute(parameters).map(rows -> {
            List<TimelineItem> items = new ArrayList<>();
            for (Row row : rows) {
                items.add(item(row));
            }
            return items;
        });
    }

    private TimelineItem item(Row row) {
        List<FieldChange> changes = List.of(
                new FieldChange("stageId", text(row.getUUID("from_stage_id")), text(row.getUUID("to_stage_id"))),
                new FieldChange("stageName", text(row.getString("from_stage_name")),
                        text(row.getString("to_stage_name"))));
        return new TimelineItem(row.getUUID("id"), TimelineKind.STAGE_CHANGE,
                row.getOffsetDateTime("created_at").toInstant(), opportunities.objectType(),
                row.getUUID("opportunity_id"), null, row.getString("changed_by"), "stage_changed", changes, null);
    }

    /** A value as the JSON text a {@link FieldChange} holds. */
    private static String text(Object value) {
        return value == null ? "null" : TextNode.valueOf(value.toString()).toString();
    }
}
