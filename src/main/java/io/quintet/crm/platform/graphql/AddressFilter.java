package io.quintet.crm.platform.graphql;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on the parts of a postal address. */
@Input("AddressFilter")
public class AddressFilter {
    public StringFilter city;
    public StringFilter region;
    public StringFilter postalCode;
    public StringFilter country;
}
