package io.quintet.crm.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import io.quintet.crm.platform.tenancy.OwnedEntity;
import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/** A deal in progress with an account: where it stands in a pipeline, how much and how likely. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends OwnedEntity {

    @Column(nullable = false)
    public String name;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "primary_contact_id")
    public UUID primaryContactId;

    /** A JSON array of {@link ContactRole}. */
    @Column(name = "contact_roles", nullable = false)
    public String contactRoles = "[]";

    @Column(name = "pipeline_id", nullable = false)
    public UUID pipelineId;

    @Column(name = "stage_id", nullable = false)
    public UUID stageId;

    /** The kind of the current stage. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(10)")
    public StageKind status;

    public BigDecimal amount;

    @Column(name = "amount_currency")
    public String amountCurrency;

    /** The amount is the sum of the line items (and so not the client's to write). */
    @Column(name = "amount_from_line_items", nullable = false)
    public boolean amountFromLineItems;

    @Column(nullable = false)
    public int probability;

    /** The client set a probability other than the stage's, so stage changes keep it. */
    @Column(name = "probability_overridden", nullable = false)
    public boolean probabilityOverridden;

    @Column(name = "close_date")
    public LocalDate closeDate;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(20)")
    public OpportunityType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_category", columnDefinition = "varchar(20)")
    public ForecastCategory forecastCategory;

    @Column(name = "lost_reason")
    public String lostReason;

    @Column(name = "next_step")
    public String nextStep;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "lead_source")
    public String leadSource;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(255)[]")
    public String[] tags = new String[0];

    /** What the opportunity was before the input being written, for the stage rules that follow it. */
    @Transient
    Prior prior;

    /** The pipeline, stage and probability before a write, and the probability the write asked for. */
    record Prior(UUID pipelineId, UUID stageId, StageKind status, int probability, Instant closedAt,
            Integer requestedProbability) {
    }
}
