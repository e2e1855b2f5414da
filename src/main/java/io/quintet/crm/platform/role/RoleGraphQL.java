package io.quintet.crm.platform.role;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.graphql.GraphQLFilters;
import io.quintet.crm.platform.graphql.GraphQLSupport;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** GraphQL API of roles (administrators only). */
@GraphQLApi
public class RoleGraphQL {

    private final RoleService roles;
    private final GraphQLSupport graphql;
    private final Context context;

    RoleGraphQL(RoleService roles, GraphQLSupport graphql, Context context) {
        this.roles = roles;
        this.graphql = graphql;
        this.context = context;
    }

    @Query("roles")
    @Description("The tenant's roles, built-in and defined; orderBy as in REST sort, e.g. \"name\"")
    public Uni<RoleConnection> roles(Integer first, String after, RoleFilter filter, String orderBy) {
        return roles.list(graphql.listQuery(first, after, GraphQLFilters.toNode(filter, roles.queryFields()), orderBy),
                null)
                .map(page -> new RoleConnection(page.items().stream().map(RoleConnection.Edge::new).toList(),
                        GraphQLSupport.pageInfo(page)));
    }

    @Query("role")
    @Description("A role by id")
    public Uni<RoleView> role(@NonNull @Id String id) {
        return roles.get(GraphQLSupport.id(id));
    }

    @Mutation
    @Description("Define a role: what it may do per object type and which fields it may not see or change")
    public Uni<RoleView> createRole(@NonNull RoleInput input) {
        return roles.create(input);
    }

    @Mutation
    @Description("Change a role; omitted fields are kept, lists are replaced whole; admin cannot be changed")
    public Uni<RoleView> updateRole(@NonNull @Id String id, @NonNull RolePatch input, Integer expectedVersion) {
        return roles.patch(GraphQLSupport.id(id), graphql.mergePatch(context, "input"),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Delete a role nobody holds; built-in roles stay")
    public Uni<Boolean> deleteRole(@NonNull @Id String id, Integer expectedVersion) {
        return roles.delete(GraphQLSupport.id(id), GraphQLSupport.version(expectedVersion),
                RecordService.DeleteOptions.none()).replaceWith(true);
    }
}
