package io.quintet.crm.platform.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.model.Ids;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Permissions;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Context;

/** GraphQL subscription of committed record changes, over WebSocket ({@code graphql-transport-ws}). */
@GraphQLApi
public class RecordChangeGraphQL {

    private static final Pattern OBJECT_TYPE = Pattern.compile("[a-z][a-z_]{0,49}");

    private final LiveRecordChanges changes;
    private final SubscriberContexts contexts;

    RecordChangeGraphQL(LiveRecordChanges changes, SubscriberContexts contexts) {
        this.changes = changes;
        this.contexts = contexts;
    }

    /**
     * Both arguments are plain string lists: SmallRye makes a {@code List<@NonNull String>} argument
     * itself required (smallrye-graphql#753) and fails to convert an {@code @Id} list.
     */
    @Subscription("recordChanged")
    @Description("Changes committed from now on to records the caller may read, optionally only of these object "
            + "types (e.g. \"contact\") and record ids; naming a type the caller may not read is FORBIDDEN")
    public Multi<RecordChange> recordChanged(List<String> types, List<String> ids) {
        Context callerContext = contexts.callerContext();
        SubscriberContexts.forgetGraphQLRequest();
        return Multi.createFrom()
                .deferred(() -> changes.subscribe(types == null ? null : objectTypes(types),
                        ids == null ? null : recordIds(ids)))
                .runSubscriptionOn(task -> callerContext.runOnContext(ignored -> task.run()));
    }

    private static Set<String> objectTypes(List<String> types) {
        Set<String> checked = new LinkedHashSet<>();
        for (String type : types) {
            if (type == null || !OBJECT_TYPE.matcher(type).matches()) {
                throw ApiProblem.invalidField("types", "'" + type + "' is not an object type such as contact");
            }
            Permissions.require(type, Action.READ);
            checked.add(type);
        }
        return checked;
    }

    private static Set<String> recordIds(List<String> ids) {
        Set<String> checked = new LinkedHashSet<>();
        ids.forEach(id -> checked.add(Ids.parse("ids", id).toString()));
        return checked;
    }
}
