package io.quintet.crm.opportunity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quintet.crm.platform.tenancy.TenantContext;
import io.smallrye.mutiny.Uni;

/**
 * Every tenant's default pipeline, made the first time the tenant's pipelines are needed. A replica
 * that got there first wins (insert … on conflict do nothing), so racing requests agree; each replica
 * remembers which tenants have one, since a default pipeline cannot be deleted.
 */
@ApplicationScoped
public class DefaultPipeline {

    static final String NAME = "Sales";

    private final Mutiny.SessionFactory sessions;
    private final ObjectMapper json;
    private final Set<UUID> tenantsWithOne = ConcurrentHashMap.newKeySet();

    DefaultPipeline(Mutiny.SessionFactory sessions, ObjectMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    /** The stages of a new tenant's default pipeline. */
    static List<PipelineStage> stages() {
        return List.of(stage("Prospecting", 10, StageKind.OPEN), stage("Qualification", 20, StageKind.OPEN),
                stage("Proposal", 50, StageKind.OPEN), stage("Negotiation", 75, StageKind.OPEN),
                stage("Closed Won", 100, StageKind.WON), stage("Closed Lost", 0, StageKind.LOST));
    }

    private static PipelineStage stage(String name, int probability, StageKind kind) {
        return new PipelineStage(UUID.randomUUID(), name, probability, kind);
    }

    /** Makes sure the current tenant has its default pipeline, in a transaction of its own. */
    public Uni<Void> ensure() {
        UUID tenantId = TenantContext.require();
        if (tenantsWithOne.contains(tenantId)) {
            return Uni.createFrom().voidItem();
        }
        return sessions.withTransaction(session -> insert(session, tenantId))
                .invoke(() -> tenantsWithOne.add(tenantId))
                .replaceWithVoid();
    }

    /**
     * Makes sure the current tenant has its default pipeline inside the caller's transaction (a lead's
     * conversion, an opportunity's write), so that a query in that session finds it. A pipeline inserted
     * here is remembered only once another call finds it committed, since this transaction may roll back.
     */
    public Uni<Void> ensure(Mutiny.Session session) {
        UUID tenantId = TenantContext.require();
        if (tenantsWithOne.contains(tenantId)) {
            return Uni.createFrom().voidItem();
        }
        return insert(session, tenantId).invoke(inserted -> {
            if (inserted == 0) {
                tenantsWithOne.add(tenantId);
            }
        }).replaceWithVoid();
    }

    /** Inserts the default pipeline unless the tenant has one; the number of rows inserted. */
    private Uni<Integer> insert(Mutiny.Session session, UUID tenantId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return session.createNativeQuery("insert into pipeline (tenant_id, id, name, is_default, stages, created_at, "
                + "updated_at, version) values (:tenant, :id, :name, true, :stages, :now, :now, 0) "
                + "on conflict (tenant_id) where is_default do nothing")
                .setParameter("tenant", tenantId)
                .setParameter("id", UUID.randomUUID())
                .setParameter("name", NAME)
                .setParameter("stages", Stages.write(json, stages()))
                .setParameter("now", now)
                .executeUpdate();
    }
}
