package io.quintet.crm.contact;

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

/** A person the tenant deals with, usually at an account. */
@Entity
@Table(name = "contact")
public class Contact extends OwnedEntity {

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String email;

    public String phone;

    public String mobile;

    public String title;

    public String department;

    @Column(name = "account_id")
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle_stage", columnDefinition = "varchar(20)")
    public LifecycleStage lifecycleStage;

    @Column(name = "lead_source")
    public String leadSource;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "mailing_street")),
        @AttributeOverride(name = "city", column = @Column(name = "mailing_city")),
        @AttributeOverride(name = "region", column = @Column(name = "mailing_region")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "mailing_postal_code")),
        @AttributeOverride(name = "country", column = @Column(name = "mailing_country"))
    })
    public AddressColumns mailingAddress = new AddressColumns();

    @Column(name = "do_not_contact", nullable = false)
    public boolean doNotContact;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(255)[]")
    public String[] tags = new String[0];
}
