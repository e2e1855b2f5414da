package io.quintet.crm.platform.graphql;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on an amount of money. */
@Input("MoneyFilter")
public class MoneyFilter {
    public DecimalFilter amount;
    public StringFilter currency;
}
