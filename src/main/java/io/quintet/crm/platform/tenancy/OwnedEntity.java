package io.quintet.crm.platform.tenancy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A tenant-owned record that also has an owner: a user of the tenant, by default its creator. */
@MappedSuperclass
public abstract class OwnedEntity extends TenantScopedEntity {

    @Column(name = "owner_id")
    public UUID ownerId;
}
