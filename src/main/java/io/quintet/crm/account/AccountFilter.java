package io.quintet.crm.account;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.graphql.AddressFilter;
import io.quintet.crm.platform.graphql.DateTimeFilter;
import io.quintet.crm.platform.graphql.IdFilter;
import io.quintet.crm.platform.graphql.IntFilter;
import io.quintet.crm.platform.graphql.MoneyFilter;
import io.quintet.crm.platform.graphql.StringFilter;

/** GraphQL filter of accounts: conditions on fields, combined with and/or/not. */
@Input("AccountFilter")
public class AccountFilter {
    public List<AccountFilter> and;
    public List<AccountFilter> or;
    public AccountFilter not;
    public IdFilter id;
    public StringFilter name;
    public StringFilter domain;
    public StringFilter industry;
    public AccountTypeFilter type;
    public MoneyFilter annualRevenue;
    public IntFilter employees;
    public StringFilter phone;
    public StringFilter website;
    public AddressFilter billingAddress;
    public AddressFilter shippingAddress;
    public IdFilter parentAccountId;
    public IdFilter ownerId;
    public DateTimeFilter createdAt;
    public DateTimeFilter updatedAt;
}
