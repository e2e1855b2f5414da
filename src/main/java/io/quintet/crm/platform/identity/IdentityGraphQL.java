package io.quintet.crm.platform.identity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

/** GraphQL view of the caller's identity. */
@GraphQLApi
public class IdentityGraphQL {

    @Query("me")
    @Description("Who the caller is: tenant, kind of principal, roles and scopes")
    public Uni<Me> me() {
        return Uni.createFrom().item(Me.current());
    }
}
