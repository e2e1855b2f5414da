package io.quintet.crm.account;

import java.util.List;

/** Conditions on an account type. */
public class AccountTypeFilter {
    public AccountType eq;
    public AccountType ne;
    public List<AccountType> in;
    public List<AccountType> notIn;
    public Boolean isNull;
}
