package io.quintet.crm.platform.sharing;

import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quintet.crm.platform.tenancy.TenantScopedEntity;

/** A manager and the users who report to them; managers see what their teams own (and so on down). */
@Entity
@Table(name = "team")
public class Team extends TenantScopedEntity {

    @Column(nullable = false)
    public String name;

    @Column(name = "manager_id")
    public UUID managerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] memberIds = new UUID[0];
}
