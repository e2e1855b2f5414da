package io.quintet.crm.platform.sharing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Roles;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.smallrye.mutiny.Uni;

/**
 * Record-level access, in one place: each tenant's org-wide default per object type, and what it
 * means for the current caller. Admins see everything; under {@code read} everyone reads and the
 * owner's side writes; under {@code private} only the owner's side reads and writes. The owner's
 * side of a user is themselves and the members of every team they manage, recursively; an
 * integration (no user) has none.
 */
@ApplicationScoped
public class Sharing {

    /** Object types whose records have owners and so follow a default. */
    public static final List<String> OWNED_OBJECTS = List.of("account", "contact", "lead", "opportunity", "activity");
    private static final long CACHE_SECONDS = 30;

    private final Mutiny.SessionFactory sessions;
    private final Map<UUID, Cached> defaults = new ConcurrentHashMap<>();

    private record Cached(Map<String, Access> access, Instant until) {
    }

    Sharing(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** What the current caller may read and change of the object type. */
    public Uni<Visibility> visibility(Mutiny.Session session, String objectType) {
        Caller caller = Caller.require();
        if (caller.hasRole(Roles.ADMIN) || !OWNED_OBJECTS.contains(objectType)) {
            return Uni.createFrom().item(Visibility.EVERYTHING);
        }
        return defaults(caller.tenantId()).chain(all -> {
            Access access = all.get(objectType);
            if (access == Access.READ_WRITE) {
                return Uni.createFrom().item(Visibility.EVERYTHING);
            }
            return ownerSide(session, caller).map(owners -> new Visibility(access == Access.READ, false, owners));
        });
    }

    /** The tenant's defaults, every owned object type named (read_write when never set). */
    public Uni<Map<String, Access>> defaults(UUID tenantId) {
        Cached cached = defaults.get(tenantId);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return Uni.createFrom().item(cached.access());
        }
        return sessions.withSession(session -> session.createNativeQuery(
                "select object_type, access from sharing_default where tenant_id = :tenant", Object[].class)
                .setParameter("tenant", tenantId).getResultList())
                .map(rows -> {
                    Map<String, Access> access = new LinkedHashMap<>();
                    OWNED_OBJECTS.forEach(type -> access.put(type, Access.READ_WRITE));
                    rows.forEach(row -> access.put((String) row[0], Access.valueOf(((String) row[1]).toUpperCase())));
                    defaults.put(tenantId, new Cached(access, Instant.now().plusSeconds(CACHE_SECONDS)));
                    return access;
                });
    }

    /** Sets some of the caller's tenant's defaults; applies at once on this replica, within 30 s on others. */
    public Uni<Map<String, Access>> update(Map<String, Access> changes) {
        UUID tenantId = TenantContext.require();
        for (String type : changes.keySet()) {
            if (!OWNED_OBJECTS.contains(type)) {
                throw ApiProblem.invalidField(type, "Only " + OWNED_OBJECTS + " have org-wide defaults");
            }
        }
        Instant now = Instant.now();
        return sessions.withTransaction(session -> {
            Uni<Integer> all = Uni.createFrom().item(0);
            for (Map.Entry<String, Access> change : changes.entrySet()) {
                all = all.chain(() -> session.createNativeQuery("insert into sharing_default (tenant_id, object_type, "
                        + "access, updated_at) values (:tenant, :type, :access, :now) on conflict (tenant_id, "
                        + "object_type) do update set access = excluded.access, updated_at = excluded.updated_at")
                        .setParameter("tenant", tenantId)
                        .setParameter("type", change.getKey())
                        .setParameter("access", change.getValue().name().toLowerCase())
                        .setParameter("now", now)
                        .executeUpdate());
            }
            return all;
        }).chain(() -> {
            defaults.remove(tenantId);
            return defaults(tenantId);
        });
    }

    /** The caller and the members of the teams they manage, all the way down. */
    private Uni<Set<UUID>> ownerSide(Mutiny.Session session, Caller caller) {
        if (caller.actorType() != Caller.ActorType.USER) {
            return Uni.createFrom().item(Set.of());
        }
        return ownerSide(session, caller.tenantId(), UUID.fromString(caller.principal()));
    }

    /** The owner's side of each of several users of one tenant, in one query and a session of its own. */
    public Uni<Map<UUID, Set<UUID>>> ownerSides(UUID tenantId, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return sessions.withSession(session -> ownerSides(session, tenantId, userIds));
    }

    private static Uni<Set<UUID>> ownerSide(Mutiny.Session session, UUID tenantId, UUID userId) {
        return ownerSides(session, tenantId, List.of(userId)).map(sides -> sides.get(userId));
    }

    private static Uni<Map<UUID, Set<UUID>>> ownerSides(Mutiny.Session session, UUID tenantId,
            Collection<UUID> userIds) {
        String users = userIds.stream().map(UUID::toString).collect(Collectors.joining(","));
        return session.createNativeQuery("with recursive side(root, user_id) as (select me, me from "
                + "unnest(cast(string_to_array(:users, ',') as uuid[])) as me "
                + "union select s.root, member from team t join side s on t.manager_id = s.user_id "
                + "cross join unnest(t.member_ids) as member where t.tenant_id = :tenant) "
                + "select cast(root as varchar), cast(user_id as varchar) from side", Object[].class)
                .setParameter("users", users)
                .setParameter("tenant", tenantId)
                .getResultList()
                .map(rows -> {
                    Map<UUID, Set<UUID>> sides = new HashMap<>();
                    userIds.forEach(user -> sides.put(user, new HashSet<>()));
                    rows.forEach(row -> sides.get(UUID.fromString((String) row[0])).add(UUID.fromString((String) row[1])));
                    return sides;
                });
    }
}
