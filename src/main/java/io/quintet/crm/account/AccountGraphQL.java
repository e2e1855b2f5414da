package io.quintet.crm.account;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.quintet.crm.contact.ContactService;
import io.quintet.crm.contact.ContactView;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.graphql.GraphQLFilters;
import io.quintet.crm.platform.graphql.GraphQLSupport;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** GraphQL API of accounts: queries, mutations and the batched {@code Account.contacts} field. */
@GraphQLApi
public class AccountGraphQL {

    private final AccountService accounts;
    private final ContactService contacts;
    private final GraphQLSupport graphql;
    private final Context context;

    AccountGraphQL(AccountService accounts, ContactService contacts, GraphQLSupport graphql, Context context) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.graphql = graphql;
        this.context = context;
    }

    @Query("account")
    @Description("An account by id")
    public Uni<AccountView> account(@NonNull @Id String id) {
        return accounts.get(GraphQLSupport.id(id));
    }

    @Query("accounts")
    @Description("Accounts, a page at a time; orderBy as in REST sort, e.g. \"name,-createdAt\"")
    public Uni<AccountConnection> accounts(Integer first, String after, AccountFilter filter, String orderBy) {
        return accounts.list(graphql.listQuery(first, after, GraphQLFilters.toNode(filter, accounts.queryFields()),
                orderBy), null)
                .map(page -> new AccountConnection(page.items().stream().map(AccountConnection.Edge::new).toList(),
                        GraphQLSupport.pageInfo(page)));
    }

    @Mutation
    @Description("Create an account")
    public Uni<AccountView> createAccount(@NonNull AccountInput input) {
        return accounts.create(input);
    }

    @Mutation
    @Description("Change an account's fields; a stale expectedVersion is a CONFLICT error")
    public Uni<AccountView> updateAccount(@NonNull @Id String id, @NonNull AccountPatch input, Integer expectedVersion) {
        return accounts.patch(GraphQLSupport.id(id), graphql.mergePatch(context, "input"), GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Hand the account to another user of the tenant")
    public Uni<AccountView> transferAccount(@NonNull @Id String id, @NonNull @Id String ownerId, Integer expectedVersion) {
        return accounts.transfer(GraphQLSupport.id(id), GraphQLSupport.id(ownerId),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Delete an account; detachContacts unlinks its contacts and child accounts instead of refusing")
    public Uni<Boolean> deleteAccount(@NonNull @Id String id, Integer expectedVersion, Boolean detachContacts) {
        RecordService.DeleteOptions options = Boolean.TRUE.equals(detachContacts)
                ? new RecordService.DeleteOptions(Map.of("cascade", "detach"))
                : RecordService.DeleteOptions.none();
        return accounts.delete(GraphQLSupport.id(id), GraphQLSupport.version(expectedVersion), options).replaceWith(true);
    }

    @Name("contacts")
    @Description("The account's contacts, by name")
    public Uni<List<List<ContactView>>> contacts(@Source List<AccountView> sources) {
        List<UUID> ids = sources.stream().map(AccountView::id).toList();
        return contacts.forAccounts(ids).map(found -> {
            Map<UUID, List<ContactView>> byAccount = found.stream()
                    .collect(Collectors.groupingBy(ContactView::accountId));
            return ids.stream().map(id -> byAccount.getOrDefault(id, List.of())).toList();
        });
    }
}
