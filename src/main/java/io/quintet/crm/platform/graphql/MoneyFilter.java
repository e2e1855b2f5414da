package io.quintet.crm.platform.graphql;

/** Conditions on an amount of money. */
public class MoneyFilter {
    public DecimalFilter amount;
    public StringFilter currency;
}
