package io.quintet.crm.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.contact.ContactService;
import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.model.Address;
import io.quintet.crm.platform.model.Tags;
import io.quintet.crm.platform.model.Money;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.smallrye.mutiny.Uni;

/** Accounts: the rules of the account hierarchy and of deleting an account that has contacts. */
@ApplicationScoped
public class AccountService extends RecordService<Account, AccountInput, AccountView> {

    /** Deepest account hierarchy accepted; also bounds the cycle check. */
    static final int MAX_HIERARCHY_DEPTH = 20;

    static final QueryFields FIELDS = QueryFields.of("account",
            QueryField.string("name", "e.name").sortable().build(),
            QueryField.string("domain", "e.domain").caseInsensitive().sortable().build(),
            QueryField.string("industry", "e.industry").sortable().build(),
            QueryField.enumeration("type", "e.type", AccountType.class).sortable().build(),
            QueryField.decimal("annualRevenue.amount", "e.annualRevenue").sortable().build(),
            QueryField.string("annualRevenue.currency", "e.annualRevenueCurrency").build(),
            QueryField.integer("employees", "e.employees").sortable().build(),
            QueryField.string("phone", "e.phone").build(),
            QueryField.string("website", "e.website").build(),
            QueryField.string("billingAddress.city", "e.billingAddress.city").sortable().build(),
            QueryField.string("billingAddress.region", "e.billingAddress.region").build(),
            QueryField.string("billingAddress.postalCode", "e.billingAddress.postalCode").build(),
            QueryField.string("billingAddress.country", "e.billingAddress.country").sortable().build(),
            QueryField.string("shippingAddress.city", "e.shippingAddress.city").build(),
            QueryField.string("shippingAddress.region", "e.shippingAddress.region").build(),
            QueryField.string("shippingAddress.postalCode", "e.shippingAddress.postalCode").build(),
            QueryField.string("shippingAddress.country", "e.shippingAddress.country").build(),
            QueryField.uuid("parentAccountId", "e.parentAccountId").build(),
            QueryField.uuid("ownerId", "e.ownerId").build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build(),
            QueryField.timestamp("updatedAt", "e.updatedAt").sortable().build());

    private final ContactService contacts;

    AccountService(RecordSupport support, ContactService contacts) {
        super(support, new RecordKind<>("account", Account.class, AccountInput.class, AccountView.class, FIELDS,
                "name", Account::new));
        this.contacts = contacts;
    }

    @Override
    protected Uni<Void> checkRules(Mutiny.Session session, AccountInput input, Account existing) {
        if (input.parentAccountId() == null) {
            return Uni.createFrom().voidItem();
        }
        UUID self = existing == null ? null : existing.id;
        if (input.parentAccountId().equals(self)) {
            throw ApiProblem.invalidField("parentAccountId", "An account cannot be its own parent");
        }
        return isVisible(session, input.parentAccountId()).chain(visible -> {
            if (!visible) {
                throw ApiProblem.invalidField("parentAccountId", "No account with id " + input.parentAccountId());
            }
            return checkAncestors(session, input.parentAccountId(), self, 0);
        });
    }

    /** Walks up from {@code ancestorId}: it must exist, and the account itself must not be above it. */
    private Uni<Void> checkAncestors(Mutiny.Session session, UUID ancestorId, UUID self, int depth) {
        if (depth >= MAX_HIERARCHY_DEPTH) {
            throw ApiProblem.invalidField("parentAccountId",
                    "The account hierarchy would be deeper than " + MAX_HIERARCHY_DEPTH + " levels");
        }
        return session.find(Account.class, ancestorId).chain(ancestor -> {
            if (ancestor == null) {
                throw ApiProblem.invalidField("parentAccountId", depth == 0
                        ? "No account with id " + ancestorId
                        : "The parent account's hierarchy refers to a missing account");
            }
            if (ancestor.parentAccountId == null) {
                return Uni.createFrom().voidItem();
            }
            if (ancestor.parentAccountId.equals(self)) {
                throw ApiProblem.invalidField("parentAccountId",
                        "That parent would make a cycle: the account is already above it in the hierarchy");
            }
            return checkAncestors(session, ancestor.parentAccountId, self, depth + 1);
        });
    }

    @Override
    protected Uni<Void> beforeDelete(Mutiny.Session session, Account account, DeleteOptions options) {
        boolean detach = options.is("cascade", "detach");
        return contacts.countForAccount(session, account.id)
                .chain(contactCount -> session
                        .createSelectionQuery("from Account where parentAccountId = :id", Account.class)
                        .setParameter("id", account.id).getResultList()
                        .chain(children -> {
                            if (!detach && (contactCount > 0 || !children.isEmpty())) {
                                throw ApiProblem.conflict("The account has " + contactCount + " contact(s) and "
                                        + children.size() + " child account(s); delete with ?cascade=detach to "
                                        + "unlink them first");
                            }
                            return detachChildren(session, children, 0);
                        }))
                .chain(() -> detach ? contacts.detachFromAccount(session, account.id) : Uni.createFrom().voidItem());
    }

    private Uni<Void> detachChildren(Mutiny.Session session, List<Account> children, int index) {
        if (index == children.size()) {
            return Uni.createFrom().voidItem();
        }
        Account child = children.get(index);
        return detachParent(session, child).chain(() -> detachChildren(session, children, index + 1));
    }

    private Uni<Void> detachParent(Mutiny.Session session, Account child) {
        AccountInput input = toInput(child);
        AccountInput detached = new AccountInput(input.name(), input.domain(), input.industry(), input.type(),
                input.annualRevenue(), input.employees(), input.phone(), input.website(), input.billingAddress(),
                input.shippingAddress(), null, input.ownerId(), input.tags());
        return updateIn(session, child, detached).replaceWithVoid();
    }

    @Override
    protected void apply(AccountInput input, Account account) {
        account.name = input.name().strip();
        account.domain = input.domain() == null ? null : input.domain().toLowerCase();
        account.industry = input.industry();
        account.type = input.type();
        account.annualRevenue = input.annualRevenue() == null ? null : cents(input.annualRevenue().amount());
        account.annualRevenueCurrency = input.annualRevenue() == null ? null : input.annualRevenue().currency();
        account.employees = input.employees();
        account.phone = input.phone();
        account.website = input.website();
        account.billingAddress = Address.toColumns(input.billingAddress());
        account.shippingAddress = Address.toColumns(input.shippingAddress());
        account.parentAccountId = input.parentAccountId();
        account.ownerId = input.ownerId();
        account.tags = Tags.toColumn(input.tags());
    }

    @Override
    protected AccountInput toInput(Account account) {
        return new AccountInput(account.name, account.domain, account.industry, account.type, money(account),
                account.employees, account.phone, account.website, Address.of(account.billingAddress),
                Address.of(account.shippingAddress), account.parentAccountId, account.ownerId, Tags.fromColumn(account.tags));
    }

    @Override
    public AccountView toView(Account account) {
        return new AccountView(account.id, account.name, account.domain, account.industry, account.type,
                money(account), account.employees, account.phone, account.website, Address.of(account.billingAddress),
                Address.of(account.shippingAddress), account.parentAccountId, account.ownerId, Tags.fromColumn(account.tags),
                account.createdAt, account.updatedAt, account.version);
    }

    /**
     * The amount as the column stores it, with two decimals, so the answer to a write shows what a
     * read will ({@code 12.5} and {@code 1e3} become {@code 12.50} and {@code 1000.00}). Validation
     * has already refused more than two significant decimals, so nothing is rounded.
     */
    private static BigDecimal cents(BigDecimal amount) {
        return amount.stripTrailingZeros().setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Money money(Account account) {
        return account.annualRevenue == null ? null : new Money(account.annualRevenue, account.annualRevenueCurrency);
    }
}
