package io.quintet.crm.account;

/** What an account is to the tenant's business. */
public enum AccountType {
    PROSPECT, CUSTOMER, PARTNER, COMPETITOR, OTHER
}
