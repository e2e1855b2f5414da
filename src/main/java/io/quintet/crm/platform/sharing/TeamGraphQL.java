package io.quintet.crm.platform.sharing;

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

/** GraphQL API of teams (administrators only). */
@GraphQLApi
public class TeamGraphQL {

    private final TeamService teams;
    private final GraphQLSupport graphql;
    private final Context context;

    TeamGraphQL(TeamService teams, GraphQLSupport graphql, Context context) {
        this.teams = teams;
        this.graphql = graphql;
        this.context = context;
    }

    @Query("teams")
    @Description("The tenant's teams; orderBy as in REST sort, e.g. \"name\"")
    public Uni<TeamConnection> teams(Integer first, String after, TeamFilter filter, String orderBy) {
        return teams.list(graphql.listQuery(first, after, GraphQLFilters.toNode(filter, teams.queryFields()), orderBy),
                null)
                .map(page -> new TeamConnection(page.items().stream().map(TeamConnection.Edge::new).toList(),
                        GraphQLSupport.pageInfo(page)));
    }

    @Mutation
    @Description("Create a team: a manager and members")
    public Uni<TeamView> createTeam(@NonNull TeamInput input) {
        return teams.create(input);
    }

    @Mutation
    @Description("Change a team; omitted fields are kept, null clears")
    public Uni<TeamView> updateTeam(@NonNull @Id String id, @NonNull TeamPatch input, Integer expectedVersion) {
        return teams.patch(GraphQLSupport.id(id), graphql.mergePatch(context, "input"),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Delete a team")
    public Uni<Boolean> deleteTeam(@NonNull @Id String id, Integer expectedVersion) {
        return teams.delete(GraphQLSupport.id(id), GraphQLSupport.version(expectedVersion),
                RecordService.DeleteOptions.none()).replaceWith(true);
    }
}
