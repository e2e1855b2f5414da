package io.quintet.crm.platform.security;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quintet.crm.platform.graphql.GraphQLSupport;
import io.smallrye.mutiny.Uni;

/** GraphQL API of the tenant's integrations (administrators only), the same service as {@code /api/v1/integrations}. */
@GraphQLApi
public class IntegrationGraphQL {

    private final IntegrationService integrations;

    IntegrationGraphQL(IntegrationService integrations) {
        this.integrations = integrations;
    }

    @Query("integrations")
    @Description("The tenant's integrations (administrators only); at most 200, so there is one page")
    public Uni<List<IntegrationService.IntegrationView>> integrations() {
        Caller.requireRole(Roles.ADMIN);
        return integrations.list();
    }

    @Mutation("createIntegration")
    @Description("Create an integration (administrators only): client credentials with a role and scopes; "
            + "clientSecret is in this answer only")
    public Uni<IntegrationService.IntegrationView> createIntegration(@NonNull IntegrationService.IntegrationInput input) {
        Caller.requireRole(Roles.ADMIN);
        return integrations.create(input);
    }

    @Mutation("revokeIntegration")
    @Description("Revoke an integration: its credentials and tokens fail at once")
    public Uni<Boolean> revokeIntegration(@NonNull @Id String id) {
        Caller.requireRole(Roles.ADMIN);
        return integrations.revoke(GraphQLSupport.id(id)).replaceWith(true);
    }

    @Mutation("rotateIntegrationSecret")
    @Description("Give an integration a new secret (in this answer only); the old secret and its tokens fail at once")
    public Uni<IntegrationService.IntegrationView> rotateIntegrationSecret(@NonNull @Id String id) {
        Caller.requireRole(Roles.ADMIN);
        return integrations.rotateSecret(GraphQLSupport.id(id));
    }
}
