package io.quintet.crm.contact;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.account.AccountService;
import io.quintet.crm.account.AccountType;
import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.model.Address;
import io.quintet.crm.platform.model.Tags;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Permissions;
import io.smallrye.mutiny.Uni;

/** Contacts: unique email per tenant, a real account behind {@code accountId}. */
@ApplicationScoped
public class ContactService extends RecordService<Contact, ContactInput, ContactView> {

    /** Join for filters and sorts that reach one level into the contact's account. */
    private static final String ACCOUNT_JOIN = "left join Account a on a.id = e.accountId";

    static final QueryFields FIELDS = QueryFields.of("contact",
            QueryField.string("firstName", "e.firstName").sortable().build(),
            QueryField.string("lastName", "e.lastName").sortable().build(),
            QueryField.string("email", "e.email").caseInsensitive().sortable().build(),
            QueryField.string("phone", "e.phone").build(),
            QueryField.string("mobile", "e.mobile").build(),
            QueryField.string("title", "e.title").sortable().build(),
            QueryField.string("department", "e.department").sortable().build(),
            QueryField.uuid("accountId", "e.accountId").build(),
            QueryField.enumeration("lifecycleStage", "e.lifecycleStage", LifecycleStage.class).sortable().build(),
            QueryField.string("leadSource", "e.leadSource").build(),
            QueryField.string("mailingAddress.city", "e.mailingAddress.city").sortable().build(),
            QueryField.string("mailingAddress.region", "e.mailingAddress.region").build(),
            QueryField.string("mailingAddress.postalCode", "e.mailingAddress.postalCode").build(),
            QueryField.string("mailingAddress.country", "e.mailingAddress.country").sortable().build(),
            QueryField.bool("doNotContact", "e.doNotContact").build(),
            QueryField.uuid("ownerId", "e.ownerId").build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build(),
            QueryField.timestamp("updatedAt", "e.updatedAt").sortable().build(),
            QueryField.string("account.name", "a.name").sortable().join(ACCOUNT_JOIN).build(),
            QueryField.string("account.industry", "a.industry").sortable().join(ACCOUNT_JOIN).build(),
            QueryField.string("account.domain", "a.domain").caseInsensitive().join(ACCOUNT_JOIN).build(),
            QueryField.enumeration("account.type", "a.type", AccountType.class)
                    .join(ACCOUNT_JOIN).build());

    private final AccountService accounts;

    ContactService(RecordSupport support, AccountService accounts) {
        super(support, new RecordKind<>("contact", Contact.class, ContactInput.class, ContactView.class, FIELDS,
                "lastName,firstName", Contact::new));
        this.accounts = accounts;
    }

    @Override
    protected Uni<Void> checkRules(Mutiny.Session session, ContactInput input, Contact existing) {
        Uni<Void> account = input.accountId() == null || (existing != null && input.accountId().equals(existing.accountId))
                ? Uni.createFrom().voidItem()
                : accounts.isVisible(session, input.accountId()).invoke(exists -> {
                    if (!exists) {
                        throw ApiProblem.invalidField("accountId", "No account with id " + input.accountId());
                    }
                }).replaceWithVoid();
        if (input.email() == null || (existing != null && input.email().equalsIgnoreCase(existing.email))) {
            return account;
        }
        return account.chain(() -> session.createSelectionQuery(
                "select count(*) from Contact where lower(email) = lower(:email)", Long.class)
                .setParameter("email", input.email())
                .getSingleResult()
                .invoke(count -> {
                    if (count > 0) {
                        throw ApiProblem.conflict("Another contact already has the email " + input.email());
                    }
                })
                .replaceWithVoid());
    }

    /** The contacts of these accounts, in one query; for the batched {@code Account.contacts} field. */
    public Uni<List<ContactView>> forAccounts(Collection<UUID> accountIds) {
        Permissions.require(objectType(), Action.READ);
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return readVisible(session -> session.createSelectionQuery(
                "from Contact where accountId in :accounts order by lastName, firstName, id", Contact.class)
                .setParameter("accounts", accountIds)
                .getResultList());
    }

    /** How many contacts an account has; for the account's delete rule. */
    public Uni<Long> countForAccount(Mutiny.Session session, UUID accountId) {
        return session.createSelectionQuery("select count(*) from Contact where accountId = :account", Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
    }

    /** Unlinks every contact from an account, each as an audited update. */
    public Uni<Void> detachFromAccount(Mutiny.Session session, UUID accountId) {
        return session.createSelectionQuery("from Contact where accountId = :account", Contact.class)
                .setParameter("account", accountId)
                .getResultList()
                .chain(linked -> detachEach(session, linked, 0));
    }

    private Uni<Void> detachEach(Mutiny.Session session, List<Contact> linked, int index) {
        if (index == linked.size()) {
            return Uni.createFrom().voidItem();
        }
        Contact contact = linked.get(index);
        ContactInput input = toInput(contact);
        ContactInput detached = new ContactInput(input.firstName(), input.lastName(), input.email(), input.phone(),
                input.mobile(), input.title(), input.department(), null, input.lifecycleStage(), input.leadSource(),
                input.mailingAddress(), input.doNotContact(), input.ownerId(), input.tags());
        return updateIn(session, contact, detached).chain(() -> detachEach(session, linked, index + 1));
    }

    @Override
    protected void apply(ContactInput input, Contact contact) {
        contact.firstName = strip(input.firstName());
        contact.lastName = strip(input.lastName());
        contact.email = input.email() == null ? null : input.email().strip();
        contact.phone = input.phone();
        contact.mobile = input.mobile();
        contact.title = input.title();
        contact.department = input.department();
        contact.accountId = input.accountId();
        contact.lifecycleStage = input.lifecycleStage();
        contact.leadSource = input.leadSource();
        contact.mailingAddress = Address.toColumns(input.mailingAddress());
        contact.doNotContact = Boolean.TRUE.equals(input.doNotContact());
        contact.ownerId = input.ownerId();
        contact.tags = Tags.toColumn(input.tags());
    }

    @Override
    protected ContactInput toInput(Contact contact) {
        return new ContactInput(contact.firstName, contact.lastName, contact.email, contact.phone, contact.mobile,
                contact.title, contact.department, contact.accountId, contact.lifecycleStage, contact.leadSource,
                Address.of(contact.mailingAddress), contact.doNotContact, contact.ownerId, Tags.fromColumn(contact.tags));
    }

    @Override
    public ContactView toView(Contact contact) {
        return new ContactView(contact.id, contact.firstName, contact.lastName, contact.email, contact.phone,
                contact.mobile, contact.title, contact.department, contact.accountId, contact.lifecycleStage,
                contact.leadSource, Address.of(contact.mailingAddress), contact.doNotContact, contact.ownerId,
                Tags.fromColumn(contact.tags), contact.createdAt, contact.updatedAt, contact.version);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
