package io.quintet.crm.product;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.platform.tenancy.TenantContext;
import io.smallrye.mutiny.Uni;

/**
 * Every tenant's standard price book, made the first time the tenant's price books are needed; a
 * replica that got there first wins (insert … on conflict do nothing). It cannot be deleted, so each
 * replica remembers which tenants have one.
 */
@ApplicationScoped
public class StandardPriceBook {

    static final String NAME = "Standard";

    private final Mutiny.SessionFactory sessions;
    private final Set<UUID> tenantsWithOne = ConcurrentHashMap.newKeySet();

    StandardPriceBook(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Makes sure the current tenant has its standard price book; run outside any other transaction. */
    public Uni<Void> ensure() {
        UUID tenantId = TenantContext.require();
        if (tenantsWithOne.contains(tenantId)) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return sessions.withTransaction(session -> session.createNativeQuery("insert into price_book (tenant_id, id, "
                + "name, is_standard, active, created_at, updated_at, version) values (:tenant, :id, :name, true, "
                + "true, :now, :now, 0) on conflict (tenant_id) where is_standard do nothing")
                .setParameter("tenant", tenantId)
                .setParameter("id", UUID.randomUUID())
                .setParameter("name", NAME)
                .setParameter("now", now)
                .executeUpdate())
                .invoke(() -> tenantsWithOne.add(tenantId))
                .replaceWithVoid();
    }
}
