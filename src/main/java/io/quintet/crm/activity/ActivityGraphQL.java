package io.quintet.crm.activity;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.graphql.GraphQLFilters;
import io.quintet.crm.platform.graphql.GraphQLSupport;
import io.quintet.crm.platform.timeline.TimelineItem;
import io.quintet.crm.platform.timeline.TimelineKind;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** GraphQL API of activities: queries, mutations and the batched {@code TimelineItem.activity} field. */
@GraphQLApi
public class ActivityGraphQL {

    private final ActivityService activities;
    private final GraphQLSupport graphql;
    private final Context context;

    ActivityGraphQL(ActivityService activities, GraphQLSupport graphql, Context context) {
        this.activities = activities;
        this.graphql = graphql;
        this.context = context;
    }

    @Query("activity")
    @Description("An activity by id")
    public Uni<ActivityView> activity(@NonNull @Id String id) {
        return activities.get(GraphQLSupport.id(id));
    }

    @Query("activities")
    @Description("Activities, a page at a time; orderBy as in REST sort, e.g. \"dueDate,-createdAt\"; overdue tasks: "
            + "filter {kind: {eq: TASK}, overdue: {eq: true}}")
    public Uni<ActivityConnection> activities(Integer first, String after, ActivityFilter filter, String orderBy) {
        return activities.list(graphql.listQuery(first, after, GraphQLFilters.toNode(filter, activities.queryFields()),
                orderBy), null)
                .map(page -> new ActivityConnection(page.items().stream().map(ActivityConnection.Edge::new).toList(),
                        GraphQLSupport.pageInfo(page)));
    }

    @Mutation
    @Description("Log an activity")
    public Uni<ActivityView> createActivity(@NonNull ActivityInput input) {
        return activities.create(input);
    }

    @Mutation
    @Description("Change an activity's fields (its kind never changes); a stale expectedVersion is a CONFLICT error")
    public Uni<ActivityView> updateActivity(@NonNull @Id String id, @NonNull ActivityPatch input,
            Integer expectedVersion) {
        return activities.patch(GraphQLSupport.id(id), graphql.mergePatch(context, "input"),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Hand the activity to another user of the tenant")
    public Uni<ActivityView> transferActivity(@NonNull @Id String id, @NonNull @Id String ownerId,
            Integer expectedVersion) {
        return activities.transfer(GraphQLSupport.id(id), GraphQLSupport.id(ownerId),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Delete an activity")
    public Uni<Boolean> deleteActivity(@NonNull @Id String id, Integer expectedVersion) {
        return activities.delete(GraphQLSupport.id(id), GraphQLSupport.version(expectedVersion),
                RecordService.DeleteOptions.none()).replaceWith(true);
    }

    @Name("activity")
    @Description("The activity of an ACTIVITY item, null for other kinds")
    public Uni<List<ActivityView>> activity(@Source List<TimelineItem> items) {
        List<UUID> ids = items.stream().filter(item -> item.kind() == TimelineKind.ACTIVITY)
                .map(TimelineItem::objectId).distinct().toList();
        return activities.findAll(ids).map(found -> {
            Map<UUID, ActivityView> byId = found.stream()
                    .collect(Collectors.toMap(ActivityView::id, Function.identity()));
            return items.stream().map(item -> item.kind() == TimelineKind.ACTIVITY ? byId.get(item.objectId()) : null)
                    .toList();
        });
    }
}
