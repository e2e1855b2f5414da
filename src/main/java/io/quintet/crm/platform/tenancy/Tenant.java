package io.quintet.crm.platform.tenancy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer organisation whose data is isolated from every other's. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String slug;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
