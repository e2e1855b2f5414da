package io.quintet.crm.product;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/** Something the tenant sells, identified by a SKU unique in the tenant. */
@Entity
@Table(name = "product")
public class Product extends TenantScopedEntity {

    @Column(nullable = false)
    public String sku;

    @Column(nullable = false)
    public String name;

    public String family;

    public String description;

    @Column(nullable = false)
    public boolean active = true;
}
