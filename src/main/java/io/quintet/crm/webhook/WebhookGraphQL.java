package io.quintet.crm.webhook;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quintet.crm.platform.graphql.GraphQLSupport;
import io.quintet.crm.platform.graphql.PageInfo;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** GraphQL API of webhook subscriptions (admins, and integrations with webhooks:manage for their own). */
@GraphQLApi
public class WebhookGraphQL {

    private final WebhookService webhooks;
    private final GraphQLSupport graphql;
    private final Context context;

    WebhookGraphQL(WebhookService webhooks, GraphQLSupport graphql, Context context) {
        this.webhooks = webhooks;
        this.graphql = graphql;
        this.context = context;
    }

    /** A Relay connection of webhook subscriptions. */
    @Name("WebhookConnection")
    public record Connection(List<Edge> edges, PageInfo pageInfo) {

        /** One subscription in the connection. */
        @Name("WebhookEdge")
        public record Edge(WebhookView node) {
        }
    }

    /** A queued test delivery. */
    @Name("WebhookTestDelivery")
    public record TestDelivery(@Id String deliveryId, @Id String eventId) {
    }

    @Query("webhooks")
    @Description("Webhook subscriptions, oldest first; an integration sees only its own")
    public Uni<Connection> webhooks(Integer first, String after) {
        int limit = graphql.listQuery(first, after, null, null).limit();
        return webhooks.list(limit, after).map(page -> new Connection(page.items().stream().map(Connection.Edge::new)
                .toList(), GraphQLSupport.pageInfo(page)));
    }

    @Query("webhook")
    @Description("One webhook subscription")
    public Uni<WebhookView> webhook(@NonNull @Id String id) {
        return webhooks.get(GraphQLSupport.id(id));
    }

    @Mutation
    @Description("Subscribe to events; the answer's secret is shown this once")
    public Uni<WebhookView> createWebhook(@NonNull WebhookInput input) {
        return webhooks.create(input);
    }

    @Mutation
    @Description("Change a subscription; omitted fields are kept, null clears; active: true resumes a disabled one")
    public Uni<WebhookView> updateWebhook(@NonNull @Id String id, @NonNull WebhookPatch input, Integer expectedVersion) {
        return webhooks.patch(GraphQLSupport.id(id), graphql.mergePatch(context, "input"),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Delete a subscription and its pending deliveries")
    public Uni<Boolean> deleteWebhook(@NonNull @Id String id, Integer expectedVersion) {
        return webhooks.delete(GraphQLSupport.id(id), GraphQLSupport.version(expectedVersion)).replaceWith(true);
    }

    @Mutation
    @Description("A new signing secret, shown this once; the old one signs next to it for the rotation overlap")
    public Uni<WebhookView> rotateWebhookSecret(@NonNull @Id String id) {
        return webhooks.rotateSecret(GraphQLSupport.id(id));
    }

    @Mutation
    @Description("Send a webhook.test event to this subscription now")
    public Uni<TestDelivery> testWebhook(@NonNull @Id String id) {
        return webhooks.sendTest(GraphQLSupport.id(id))
                .map(delivery -> new TestDelivery(delivery.id().toString(), delivery.eventId().toString()));
    }
}
