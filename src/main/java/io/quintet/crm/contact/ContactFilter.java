package io.quintet.crm.contact;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.graphql.AddressFilter;
import io.quintet.crm.platform.graphql.BooleanFilter;
import io.quintet.crm.platform.graphql.DateTimeFilter;
import io.quintet.crm.platform.graphql.IdFilter;
import io.quintet.crm.platform.graphql.StringFilter;

/** GraphQL filter of contacts: conditions on fields and on the account, combined with and/or/not. */
@Input("ContactFilter")
public class ContactFilter {
    public List<ContactFilter> and;
    public List<ContactFilter> or;
    public ContactFilter not;
    public IdFilter id;
    public StringFilter firstName;
    public StringFilter lastName;
    public StringFilter email;
    public StringFilter phone;
    public StringFilter mobile;
    public StringFilter title;
    public StringFilter department;
    public IdFilter accountId;
    public LifecycleStageFilter lifecycleStage;
    public StringFilter leadSource;
    public AddressFilter mailingAddress;
    public BooleanFilter doNotContact;
    public IdFilter ownerId;
    public DateTimeFilter createdAt;
    public DateTimeFilter updatedAt;
    public ContactAccountFilter account;
}
