package io.quintet.crm.product;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/** A list of product prices per currency; the tenant's standard one gives line items their default price. */
@Entity
@Table(name = "price_book")
public class PriceBook extends TenantScopedEntity {

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "is_standard", nullable = false, updatable = false)
    public boolean isStandard;

    @Column(nullable = false)
    public boolean active = true;
}
