package io.quintet.crm.webhook;

import java.time.Instant;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/**
 * A webhook subscription: where to send which events, signed with which secret, and how it is faring.
 * Updates write only the changed columns, because the dispatcher keeps the failure columns up to date
 * behind Hibernate's back.
 */
@Entity
@Table(name = "webhook_subscription")
@DynamicUpdate
public class WebhookSubscription extends TenantScopedEntity {

    @Column(nullable = false)
    public String url;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "varchar(100)[]")
    public String[] eventTypes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(100)[]")
    public String[] fields = new String[0];

    @Column(nullable = false)
    public boolean active;

    @Column(name = "owner_type", nullable = false, updatable = false)
    public String ownerType;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;

    @Column(name = "failure_streak", nullable = false)
    public int failureStreak;

    @Column(name = "paused_until")
    public Instant pausedUntil;

    @Column(name = "disabled_reason")
    public String disabledReason;
}
