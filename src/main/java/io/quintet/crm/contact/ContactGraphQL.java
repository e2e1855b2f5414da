package io.quintet.crm.contact;

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

/** GraphQL API of contacts: queries, mutations and the batched {@code Contact.account} field. */
@GraphQLApi
public class ContactGraphQL {

    private final ContactService contacts;
    private final AccountService accounts;
    private final GraphQLSupport graphql;
    private final Context context;

    ContactGraphQL(ContactService contacts, AccountService accounts, GraphQLSupport graphql, Context context) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.graphql = graphql;
        this.context = context;
    }

    @Query("contact")
    @Description("A contact by id")
    public Uni<ContactView> contact(@NonNull @Id String id) {
        return contacts.get(GraphQLSupport.id(id));
    }

    @Query("contacts")
    @Description("Contacts, a page at a time; orderBy as in REST sort, e.g. \"lastName,-createdAt\"")
    public Uni<ContactConnection> contacts(Integer first, String after, ContactFilter filter, String orderBy) {
        return contacts.list(graphql.listQuery(first, after, GraphQLFilters.toNode(filter, contacts.queryFields()),
                orderBy), null)
                .map(page -> new ContactConnection(page.items().stream().map(ContactConnection.Edge::new).toList(),
                        GraphQLSupport.pageInfo(page)));
    }

    @Mutation
    @Description("Create a contact")
    public Uni<ContactView> createContact(@NonNull ContactInput input) {
        return contacts.create(input);
    }

    @Mutation
    @Description("Change a contact's fields; a stale expectedVersion is a CONFLICT error")
    public Uni<ContactView> updateContact(@NonNull @Id String id, @NonNull ContactPatch input, Integer expectedVersion) {
        return contacts.patch(GraphQLSupport.id(id), graphql.mergePatch(context, "input"),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Hand the contact to another user of the tenant")
    public Uni<ContactView> transferContact(@NonNull @Id String id, @NonNull @Id String ownerId, Integer expectedVersion) {
        return contacts.transfer(GraphQLSupport.id(id), GraphQLSupport.id(ownerId),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Delete a contact")
    public Uni<Boolean> deleteContact(@NonNull @Id String id, Integer expectedVersion) {
        return contacts.delete(GraphQLSupport.id(id), GraphQLSupport.version(expectedVersion),
                RecordService.DeleteOptions.none()).replaceWith(true);
    }

    @Name("account")
    @Description("The contact's account, if any")
    public Uni<List<AccountView>> account(@Source List<ContactView> sources) {
        List<UUID> ids = sources.stream().map(ContactView::accountId).filter(Objects::nonNull).distinct().toList();
        return accounts.findAll(ids).map(found -> {
            Map<UUID, AccountView> byId = found.stream().collect(Collectors.toMap(AccountView::id, Function.identity()));
            return sources.stream().map(c -> c.accountId() == null ? null : byId.get(c.accountId())).toList();
        });
    }
}
