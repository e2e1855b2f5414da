package io.quintet.crm.platform.role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;


import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/** A role of a tenant: what it grants, as JSON text (see {@link RoleCatalog} for the shapes). */
@Entity
@Table(name = "crm_role")
public class Role extends TenantScopedEntity {

    @Column(nullable = false, updatable = false)
    public String name;

    public String description;

    @Column(name = "built_in", nullable = false, updatable = false)
    public boolean builtIn;

    @Column(nullable = false)
    public String permissions;

    @Column(name = "field_rules", nullable = false)
    public String fieldRules;
}
