package io.quintet.crm.platform.model;

import jakarta.validation.constraints.Size;

/** A postal address as clients send and read it. */
public record Address(
        @Size(max = 255) String street,
        @Size(max = 255) String city,
        @Size(max = 255) String region,
        @Size(max = 20) String postalCode,
        @Size(max = 255) String country) {

    /** The address stored in an entity's columns, or null when every part is empty. */
    public static Address of(AddressColumns columns) {
        if (columns == null || columns.isEmpty()) {
            return null;
        }
        return new Address(columns.street, columns.city, columns.region, columns.postalCode, columns.country);
    }

    /** Columns for this address; a null address clears them. */
    public static AddressColumns toColumns(Address address) {
        AddressColumns columns = new AddressColumns();
        if (address != null) {
            columns.street = address.street();
            columns.city = address.city();
            columns.region = address.region();
            columns.postalCode = address.postalCode();
            columns.country = address.country();
        }
        return columns;
    }
}
