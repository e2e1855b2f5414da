package io.quintet.crm.product;

import java.math.BigDecimal;
import java.util.UUID;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/**
 * A product sold in an opportunity: quantity × unit price less the discount (%) is its total, and the
 * totals add up to the opportunity's amount, in the opportunity's currency.
 */
@Entity
@Table(name = "opportunity_line_item")
public class LineItem extends TenantScopedEntity {

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    public UUID opportunityId;

    @Column(name = "product_id", nullable = false)
    public UUID productId;

    @Column(nullable = false)
    public BigDecimal quantity;

    @Column(name = "unit_price", nullable = false)
    public BigDecimal unitPrice;

    @Column(nullable = false)
    public BigDecimal discount;

    @Column(nullable = false)
    public BigDecimal total;

    public String description;
}
