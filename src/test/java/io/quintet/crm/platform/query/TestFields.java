package io.quintet.crm.platform.query;

/** A contact-like resource with a field of every type, shared by the tests. */
final class TestFields {

    /** The lifecycle stage of a contact. */
    enum Stage {
        LEAD, PROSPECT, CUSTOMER, CHURNED
    }

    static final String ACCOUNT_JOIN = "left join Account a on a.id = e.accountId";

    static final QueryFields CONTACTS = QueryFields.of("contacts",
            QueryField.string("firstName", "e.firstName").sortable().build(),
            QueryField.string("lastName", "e.lastName").sortable().build(),
            QueryField.string("email", "e.email").caseInsensitive().sortable().build(),
            QueryField.enumeration("stage", "e.stage", Stage.class).sortable().build(),
            QueryField.uuid("ownerId", "e.ownerId").build(),
            QueryField.decimal("amount", "e.amount").sortable().build(),
            QueryField.integer("employees", "e.employees").sortable().build(),
            QueryField.bool("doNotContact", "e.doNotContact").sortable().build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build(),
            QueryField.date("birthday", "e.birthday").sortable().build(),
            QueryField.string("notes", "e.notes").notFilterable().build(),
            QueryField.string("account.industry", "a.industry").join(ACCOUNT_JOIN).sortable().build(),
            QueryField.string("account.name", "a.name").join(ACCOUNT_JOIN).build());

    private TestFields() {
    }
}
