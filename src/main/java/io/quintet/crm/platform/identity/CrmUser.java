package io.quintet.crm.platform.identity;

import java.time.Instant;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/** A person who signs in through the tenant's identity provider; provisioned on first sign-in. */
@Entity
@Table(name = "crm_user")
public class CrmUser extends TenantScopedEntity {

    @Column(nullable = false)
    public String issuer;

    @Column(nullable = false)
    public String subject;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    /** Space-separated CRM roles, as mapped from the provider's claim at the last sign-in. */
    @Column(nullable = false)
    public String roles;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;
}
