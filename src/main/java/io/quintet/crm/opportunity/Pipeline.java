package io.quintet.crm.opportunity;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/** A sales process: ordered stages an opportunity moves through; one per tenant is the default. */
@Entity
@Table(name = "pipeline")
public class Pipeline extends TenantScopedEntity {

    @Column(nullable = false)
    public String name;

    @Column(name = "is_default", nullable = false, updatable = false)
    public boolean isDefault;

    /** The stages in order, as a JSON array of {@link PipelineStage} (see {@link Stages}). */
    @Column(nullable = false)
    public String stages;
}
