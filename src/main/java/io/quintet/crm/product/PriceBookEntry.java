package io.quintet.crm.product;

import java.math.BigDecimal;
import java.util.UUID;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/** A product's list price in one currency in one price book. */
@Entity
@Table(name = "price_book_entry")
public class PriceBookEntry extends TenantScopedEntity {

    @Column(name = "price_book_id", nullable = false)
    public UUID priceBookId;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(nullable = false)
    public String currency;

    @Column(name = "list_price", nullable = false)
    public BigDecimal listPrice;

    @Column(nullable = false)
    public boolean active = true;
}
