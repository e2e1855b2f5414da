package io.quintet.crm.platform.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The columns of a postal address inside an entity; prefixes come from {@code @AttributeOverride}s. */
@Embeddable
public class AddressColumns {

    @Column(name = "street")
    public String street;

    @Column(name = "city")
    public String city;

    @Column(name = "region")
    public String region;

    @Column(name = "postal_code")
    public String postalCode;

    @Column(name = "country")
    public String country;

    boolean isEmpty() {
        return street == null && city == null && region == null && postalCode == null && country == null;
    }
}
