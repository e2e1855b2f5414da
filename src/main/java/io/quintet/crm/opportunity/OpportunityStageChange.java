package io.quintet.crm.opportunity;

import java.util.UUID;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/** One stage change of an opportunity (its first stage has no {@code from}); {@code createdAt} is when. */
@Entity
@Table(name = "opportunity_stage_change")
public class OpportunityStageChange extends TenantScopedEntity {

    @Column(name = "opportunity_id", nullable = false, updatable = false)
    public UUID opportunityId;

    @Column(name = "from_stage_id", updatable = false)
    public UUID fromStageId;

    @Column(name = "from_stage_name", updatable = false)
    public String fromStageName;

    @Column(name = "to_stage_id", nullable = false, updatable = false)
    public UUID toStageId;

    @Column(name = "to_stage_name", nullable = false, updatable = false)
    public String toStageName;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, columnDefinition = "varchar(10)")
    public StageKind toStatus;

    /** The change moved a won or lost opportunity back to an open stage. */
    @Column(nullable = false, updatable = false)
    public boolean reopened;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public String changedBy;
}
