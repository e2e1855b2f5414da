package io.quintet.crm.platform.identity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quintet.crm.platform.graphql.GraphQLFilters;
import io.quintet.crm.platform.graphql.GraphQLSupport;
import io.smallrye.mutiny.Uni;

/** GraphQL API of the caller's identity and the tenant's users. */
@GraphQLApi
public class IdentityGraphQL {

    private final UserService users;
    private final GraphQLSupport graphql;
    private final SignIn signIn;

    IdentityGraphQL(UserService users, GraphQLSupport graphql, SignIn signIn) {
        this.users = users;
        this.graphql = graphql;
        this.signIn = signIn;
    }

    @Query("me")
    @Description("Who the caller is: tenant, kind of principal, roles and scopes")
    public Uni<Me> me() {
        return Uni.createFrom().item(Me.current());
    }

    @Query("users")
    @Description("The tenant's users (administrators only); orderBy as in REST sort, e.g. \"email\"")
    public Uni<UserConnection> users(Integer first, String after, UserFilter filter, String orderBy) {
        return users.list(graphql.listQuery(first, after, GraphQLFilters.toNode(filter, users.queryFields()), orderBy),
                null)
                .map(page -> new UserConnection(page.items().stream().map(UserConnection.Edge::new).toList(),
                        GraphQLSupport.pageInfo(page)));
    }

    @Mutation("setUserActive")
    @Description("Activate or deactivate a user (administrators only); a deactivated user is refused at once")
    public Uni<UserView> setUserActive(@NonNull @Id String id, boolean active, Integer expectedVersion) {
        var patch = JsonNodeFactory.instance.objectNode().put("active", active);
        return users.patch(GraphQLSupport.id(id), patch, GraphQLSupport.version(expectedVersion))
                .invoke(view -> signIn.forget(view.id()));
    }
}
