package io.quintet.crm.account;

import java.math.BigDecimal;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quintet.crm.platform.model.AddressColumns;
import io.quintet.crm.platform.tenancy.OwnedEntity;
import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/** A company or organisation the tenant does business with. */
@Entity
@Table(name = "account")
public class Account extends OwnedEntity {

    @Column(nullable = false)
    public String name;

    public String domain;

    public String industry;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(20)")
    public AccountType type;

    @Column(name = "annual_revenue")
    public BigDecimal annualRevenue;

    @Column(name = "annual_revenue_currency")
    public String annualRevenueCurrency;

    public Integer employees;

    public String phone;

    public String website;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "billing_street")),
        @AttributeOverride(name = "city", column = @Column(name = "billing_city")),
        @AttributeOverride(name = "region", column = @Column(name = "billing_region")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code")),
        @AttributeOverride(name = "country", column = @Column(name = "billing_country"))
    })
    public AddressColumns billingAddress = new AddressColumns();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "shipping_street")),
        @AttributeOverride(name = "city", column = @Column(name = "shipping_city")),
        @AttributeOverride(name = "region", column = @Column(name = "shipping_region")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code")),
        @AttributeOverride(name = "country", column = @Column(name = "shipping_country"))
    })
    public AddressColumns shippingAddress = new AddressColumns();

    @Column(name = "parent_account_id")
    public UUID parentAccountId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(255)[]")
    public String[] tags = new String[0];
}
