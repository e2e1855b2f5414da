package io.quintet.crm.platform.role;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.FieldAccess;
import io.quintet.crm.platform.security.RoleDefinition;
import io.quintet.crm.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Each tenant's role definitions, as every request's authorization needs them: read from the
 * database, kept for {@value #CACHE_SECONDS} seconds per replica and dropped at once on this replica
 * when a role changes. A tenant that lacks a built-in role gets it, as {@link Roles#defaults()} has it,
 * the first time its roles are read.
 *
 * <p>Stored shapes: permissions {@code {"account":["read","update"]}}, field rules
 * {@code {"account":{"annualRevenue":"hidden"}}}.
 */
@ApplicationScoped
public class RoleCatalog {

    static final long CACHE_SECONDS = 30;

    private static final TypeReference<Map<String, Set<Action>>> PERMISSIONS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Map<String, FieldAccess>>> FIELD_RULES = new TypeReference<>() {
    };

    private final Mutiny.SessionFactory sessions;
    private final ObjectMapper json;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Map<String, RoleDefinition> roles, Instant until) {
    }

    RoleCatalog(Mutiny.SessionFactory sessions, ObjectMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    /** The tenant's roles by name. */
    public Uni<Map<String, RoleDefinition>> definitions(UUID tenantId) {
        Cached cached = cache.get(tenantId);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return Uni.createFrom().item(cached.roles());
        }
        return load(tenantId).chain(stored -> {
            Map<String, RoleDefinition> missing = new LinkedHashMap<>(Roles.defaults());
            missing.keySet().removeAll(stored.keySet());
            return missing.isEmpty() ? Uni.createFrom().item(stored)
                    : addBuiltIns(tenantId, missing.values()).chain(() -> load(tenantId));
        }).invoke(roles -> cache.put(tenantId, new Cached(roles, Instant.now().plusSeconds(CACHE_SECONDS))));
    }

    /** Drops what this replica knows of the tenant's roles, after one of them changed. */
    public void forget(UUID tenantId) {
        cache.remove(tenantId);
    }

    String permissionsJson(List<ObjectPermission> permissions) {
        Map<String, Set<Action>> byObject = new LinkedHashMap<>();
        if (permissions != null) {
            permissions.forEach(grant -> byObject.computeIfAbsent(grant.object(), object -> EnumSet.noneOf(Action.class))
                    .addAll(grant.actions()));
        }
        return write(byObject);
    }

    String fieldRulesJson(List<FieldRule> rules) {
        Map<String, Map<String, FieldAccess>> byObject = new LinkedHashMap<>();
        if (rules != null) {
            rules.forEach(rule -> byObject.computeIfAbsent(rule.object(), object -> new LinkedHashMap<>())
                    .put(rule.field(), rule.access()));
        }
        return write(byObject);
    }

    List<ObjectPermission> permissions(String stored) {
        return read(stored, PERMISSIONS).entrySet().stream()
                .map(grant -> new ObjectPermission(grant.getKey(), grant.getValue().stream().sorted().toList()))
                .toList();
    }

    List<FieldRule> fieldRules(String stored) {
        return read(stored, FIELD_RULES).entrySet().stream()
                .flatMap(object -> object.getValue().entrySet().stream()
                        .map(rule -> new FieldRule(object.getKey(), rule.getKey(), rule.getValue())))
                .toList();
    }

    private Uni<Map<String, RoleDefinition>> load(UUID tenantId) {
        return sessions.withSession(session -> session.createNativeQuery(
                "select name, permissions, field_rules from crm_role where tenant_id = :tenant", Object[].class)
                .setParameter("tenant", tenantId).getResultList())
                .map(rows -> {
                    Map<String, RoleDefinition> roles = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        String name = (String) row[0];
                        roles.put(name, new RoleDefinition(name, read((String) row[1], PERMISSIONS),
                                read((String) row[2], FIELD_RULES)));
                    }
                    return roles;
                });
    }

    /** Inserts the built-in roles a tenant lacks; a replica that got there first wins, with the same content. */
    private Uni<Void> addBuiltIns(UUID tenantId, Collection<RoleDefinition> roles) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return sessions.withTransaction(session -> {
            Uni<Integer> all = Uni.createFrom().item(0);
            for (RoleDefinition role : roles) {
                all = all.chain(() -> session.createNativeQuery("insert into crm_role (tenant_id, id, name, "
                        + "description, built_in, permissions, field_rules, created_at, updated_at, version) values "
                        + "(:tenant, :id, :name, :description, true, :permissions, :fieldRules, :now, :now, 0) "
                        + "on conflict (tenant_id, name) do nothing")
                        .setParameter("tenant", tenantId)
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("name", role.name())
                        .setParameter("description", "Built-in role " + role.name())
                        .setParameter("permissions", write(role.permissions()))
                        .setParameter("fieldRules", write(role.fieldRules()))
                        .setParameter("now", now)
                        .executeUpdate());
            }
            return all;
        }).replaceWithVoid();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Role definitions are plain maps and always serialise", e);
        }
    }

    private <T> T read(String stored, TypeReference<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored role definition is not the JSON this service writes", e);
        }
    }
}
