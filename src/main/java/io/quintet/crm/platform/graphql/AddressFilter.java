package io.quintet.crm.platform.graphql;

/** Conditions on the parts of a postal address. */
public class AddressFilter {
    public StringFilter city;
    public StringFilter region;
    public StringFilter postalCode;
    public StringFilter country;
}
