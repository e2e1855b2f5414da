package io.quintet.crm.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;

import io.quintet.crm.platform.tenancy.OwnedEntity;
import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/**
 * A task, call, meeting, logged email or note, linked to the records it concerns. One table holds
 * every kind; the columns of other kinds stay empty. {@code linkObjects[i]} and {@code linkIds[i]}
 * together name the i-th linked record.
 */
@Entity
@Table(name = "activity")
@SqlResultSetMapping(name = Activity.OCCURRENCE, classes = @ConstructorResult(targetClass = ActivityOccurrence.class,
        columns = { @ColumnResult(name = "object_id", type = UUID.class),
                @ColumnResult(name = "kind", type = String.class),
                @ColumnResult(name = "occurred_at", type = Instant.class) }))
public class Activity extends OwnedEntity {

    /** The result mapping of a row {@code (object_id, kind, occurred_at)}. */
    static final String OCCURRENCE = "ActivityOccurrence";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, columnDefinition = "varchar(20)")
    public ActivityKind kind;

    public String subject;

    @Column(columnDefinition = "text")
    public String body;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(20)")
    public TaskStatus status;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(20)")
    public TaskPriority priority;

    @Column(name = "assignee_id")
    public UUID assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(20)")
    public CallDirection direction;

    @Column(name = "duration_seconds")
    public Integer durationSeconds;

    public String outcome;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String location;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attendee_user_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] attendeeUserIds = new UUID[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attendee_contact_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] attendeeContactIds = new UUID[0];

    @Column(name = "email_from")
    public String emailFrom;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "email_to", nullable = false, columnDefinition = "varchar(320)[]")
    public String[] emailTo = new String[0];

    @Column(name = "sent_at")
    public Instant sentAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "link_objects", nullable = false, columnDefinition = "varchar(50)[]")
    public String[] linkObjects = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "link_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] linkIds = new UUID[0];
}
