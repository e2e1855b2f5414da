package io.quintet.crm.lead;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quintet.crm.platform.model.AddressColumns;
import io.quintet.crm.platform.tenancy.OwnedEntity;
import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/** A prospective customer not yet qualified into an account, a contact and a deal. */
@Entity
@Table(name = "lead")
public class Lead extends OwnedEntity {

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String company;

    public String title;

    public String email;

    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(20)")
    public LeadSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(20)")
    public LeadStatus status = LeadStatus.NEW;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(10)")
    public LeadRating rating;

    @Column(nullable = false)
    public int score;

    /** JSON of {@link ScoreBreakdown}; bound as text and cast, as the reactive client needs for jsonb. */
    @Column(name = "score_breakdown", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "score_breakdown::text", write = "cast(cast(? as text) as jsonb)")
    public String scoreBreakdown = "{}";

    @Column(name = "score_rules_version", nullable = false)
    public long scoreRulesVersion;

    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;

    public String industry;

    @Column(name = "company_size")
    public Integer companySize;

    @Embedded
    public AddressColumns address = new AddressColumns();

    @Column(name = "campaign_id")
    public UUID campaignId;

    public String description;

    @Column(name = "disqualification_reason")
    public String disqualificationReason;

    @Column(name = "converted_account_id")
    public UUID convertedAccountId;

    @Column(name = "converted_contact_id")
    public UUID convertedContactId;

    @Column(name = "converted_opportunity_id")
    public UUID convertedOpportunityId;

    @Column(name = "converted_at")
    public Instant convertedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(255)[]")
    public String[] tags = new String[0];
}
