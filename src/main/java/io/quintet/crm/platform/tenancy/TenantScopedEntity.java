package io.quintet.crm.platform.tenancy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.hibernate.annotations.PartitionKey;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * Base of every tenant-owned record: id, tenant, version and timestamps.
 *
 * <p>Tenant isolation lives here and nowhere else: the {@code tenant} filter is enabled in every
 * Hibernate session, takes its value from the request's {@link TenantContext}, and restricts
 * every query and load by id; new rows take the tenant from the same context. A query that
 * forgets the tenant therefore still sees only the caller's rows.
 */
@MappedSuperclass
@FilterDef(name = TenantScopedEntity.TENANT_FILTER,
        parameters = @ParamDef(name = "tenantId", type = UUID.class, resolver = CurrentTenantParameter.class),
        defaultCondition = "tenant_id = :tenantId",
        autoEnabled = true,
        applyToLoadByKey = true)
@Filter(name = TenantScopedEntity.TENANT_FILTER)
public abstract class TenantScopedEntity {

    public static final String TENANT_FILTER = "tenant";

    @Id
    public UUID id;

    /**
     * Also the partition key: Hibernate then puts {@code tenant_id} in the where clause of its updates and
     * deletes, which the tenant filter does not reach; every key and index leads with it, so without it a
     * versioned update by id scans a whole index.
     */
    @PartitionKey
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public UUID tenantId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void beforeInsert() {
        tenantId = TenantContext.require();
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = now();
    }

    /** PostgreSQL keeps microseconds; truncating here keeps what we return equal to what we stored. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
