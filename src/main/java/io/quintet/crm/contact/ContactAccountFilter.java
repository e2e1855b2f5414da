package io.quintet.crm.contact;

import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.account.AccountTypeFilter;
import io.quintet.crm.platform.graphql.StringFilter;

/** Conditions on a contact's account (one relation level). */
@Input("ContactAccountFilter")
public class ContactAccountFilter {
    public StringFilter name;
    public StringFilter industry;
    public StringFilter domain;
    public AccountTypeFilter type;
}
