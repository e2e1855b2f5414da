package io.quintet.crm.account;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on an account type. */
@Input("AccountTypeFilter")
public class AccountTypeFilter {
    public AccountType eq;
    public AccountType ne;
    public List<AccountType> in;
    public List<AccountType> notIn;
    public Boolean isNull;
}
