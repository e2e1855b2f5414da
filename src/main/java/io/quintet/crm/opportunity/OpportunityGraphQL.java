package io.quintet.crm.opportunity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
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

import io.quintet.crm.account.AccountService;
import io.quintet.crm.account.AccountView;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.graphql.GraphQLFilters;
import io.quintet.crm.platform.graphql.GraphQLSupport;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/**
 * GraphQL API of opportunities: queries, mutations, and the batched {@code Opportunity.account},
 * {@code Opportunity.stageHistory} and {@code Account.opportunities} fields.
 */
@GraphQLApi
public class OpportunityGraphQL {

    private final OpportunityService opportunities;
    private final AccountService accounts;
    private final GraphQLSupport graphql;
    private final Context context;

    OpportunityGraphQL(OpportunityService opportunities, AccountService accounts, GraphQLSupport graphql,
            Context context) {
        this.opportunities = opportunities;
        this.accounts = accounts;
        this.graphql = graphql;
        this.context = context;
    }

    @Query("opportunity")
    @Description("An opportunity by id")
    public Uni<OpportunityView> opportunity(@NonNull @Id String id) {
        return opportunities.get(GraphQLSupport.id(id));
    }

    @Query("opportunities")
    @Description("Opportunities, a page at a time; orderBy as in REST sort, e.g. \"-amount.amount,name\"")
    public Uni<OpportunityConnection> opportunities(Integer first, String after, OpportunityFilter filter,
            String orderBy) {
        return opportunities.list(graphql.listQuery(first, after,
                GraphQLFilters.toNode(filter, opportunities.queryFields()), orderBy), null)
                .map(page -> new OpportunityConnection(page.items().stream().map(OpportunityConnection.Edge::new)
                        .toList(), GraphQLSupport.pageInfo(page)));
    }

    @Mutation
    @Description("Create an opportunity")
    public Uni<OpportunityView> createOpportunity(@NonNull OpportunityInput input) {
        return opportunities.create(input);
    }

    @Mutation
    @Description("Change an opportunity's fields; a stale expectedVersion is a CONFLICT error")
    public Uni<OpportunityView> updateOpportunity(@NonNull @Id String id, @NonNull OpportunityPatch input,
            Integer expectedVersion) {
        return opportunities.patch(GraphQLSupport.id(id), graphql.mergePatch(context, "input"),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Hand the opportunity to another user of the tenant")
    public Uni<OpportunityView> transferOpportunity(@NonNull @Id String id, @NonNull @Id String ownerId,
            Integer expectedVersion) {
        return opportunities.transfer(GraphQLSupport.id(id), GraphQLSupport.id(ownerId),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Delete an opportunity with its line items and stage history")
    public Uni<Boolean> deleteOpportunity(@NonNull @Id String id, Integer expectedVersion) {
        return opportunities.delete(GraphQLSupport.id(id), GraphQLSupport.version(expectedVersion),
                RecordService.DeleteOptions.none()).replaceWith(true);
    }

    @Name("account")
    @Description("The opportunity's account")
    public Uni<List<AccountView>> account(@Source List<OpportunityView> sources) {
        List<UUID> ids = sources.stream().map(OpportunityView::accountId).filter(Objects::nonNull).distinct().toList();
        return accounts.findAll(ids).map(found -> {
            Map<UUID, AccountView> byId = found.stream().collect(Collectors.toMap(AccountView::id, Function.identity()));
            return sources.stream().map(o -> byId.get(o.accountId())).toList();
        });
    }

    @Name("stageHistory")
    @Description("The opportunity's stage changes, oldest first, with the seconds spent in each stage")
    public Uni<List<List<StageHistoryEntry>>> stageHistory(@Source List<OpportunityView> sources) {
        List<UUID> ids = sources.stream().map(OpportunityView::id).distinct().toList();
        return opportunities.stageHistories(ids)
                .map(byId -> sources.stream().map(o -> byId.get(o.id())).toList());
    }

    @Name("opportunities")
    @Description("The account's opportunities, by name")
    public Uni<List<List<OpportunityView>>> accountOpportunities(@Source List<AccountView> sources) {
        List<UUID> ids = sources.stream().map(AccountView::id).toList();
        return opportunities.forAccounts(ids).map(found -> {
            Map<UUID, List<OpportunityView>> byAccount = found.stream()
                    .collect(Collectors.groupingBy(OpportunityView::accountId));
            return ids.stream().map(id -> byAccount.getOrDefault(id, List.of())).toList();
        });
    }
}
