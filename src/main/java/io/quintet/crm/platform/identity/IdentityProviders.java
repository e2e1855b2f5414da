package io.quintet.crm.platform.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.DatabaseErrors;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.quintet.crm.platform.validation.InputValidator;
import io.smallrye.mutiny.Uni;

/**
 * Each tenant's single sign-on provider: administered per tenant, and looked up by issuer for
 * every SSO token (cached briefly, since every request with such a token needs it).
 */
@ApplicationScoped
public class IdentityProviders {

    /** The claim read for roles when the administrator names none. */
    static final String DEFAULT_ROLES_CLAIM = "groups";
    private static final Duration ROUTE_CACHE = Duration.ofSeconds(30);

    private final Mutiny.SessionFactory sessions;
    private final InputValidator validator;
    private final ObjectMapper json;
    private final Map<String, CachedRoute> routes = new ConcurrentHashMap<>();
    private final Event<Changed> changed;

    /** Where an issuer's tokens belong and how to read them. */
    public record Route(UUID tenantId, String issuer, String clientId, String audience, String rolesClaim,
            Map<String, String> roleMapping, long version) {
    }

    private record CachedRoute(Optional<Route> route, Instant until) {
    }

    /** Fired on this replica after a provider was set or removed, for what remembers tokens it verified. */
    public record Changed(UUID tenantId) {
    }

    IdentityProviders(Mutiny.SessionFactory sessions, InputValidator validator, ObjectMapper json,
            Event<Changed> changed) {
        this.sessions = sessions;
        this.validator = validator;
        this.json = json;
        this.changed = changed;
    }

    /** The provider whose tokens carry this issuer, if a tenant configured one. */
    public Uni<Optional<Route>> byIssuer(String issuer) {
        CachedRoute cached = routes.get(issuer);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return Uni.createFrom().item(cached.route());
        }
        return sessions.withSession(session -> session.createNativeQuery("select cast(tenant_id as varchar), issuer, "
                + "client_id, audience, roles_claim, cast(role_mapping as varchar), version from identity_provider "
                + "where issuer = :issuer", Object[].class)
                .setParameter("issuer", issuer)
                .getResultList())
                .map(rows -> {
                    Optional<Route> route = rows.stream().findFirst().map(this::route);
                    routes.put(issuer, new CachedRoute(route, Instant.now().plus(ROUTE_CACHE)));
                    return route;
                });
    }

    /** The caller's tenant's provider; 404 when none is configured. */
    public Uni<IdentityProviderView> get() {
        UUID tenantId = TenantContext.require();
        return sessions.withSession(session -> load(session, tenantId)).map(row -> {
            if (row == null) {
                throw ApiProblem.notFound("identity provider", "for this tenant");
            }
            return view(row);
        });
    }

    /** Configures (or replaces) the caller's tenant's provider. */
    public Uni<IdentityProviderView> put(IdentityProviderInput input) {
        validator.validate(input);
        UUID tenantId = TenantContext.require();
        String issuer = input.issuer();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return sessions.withTransaction(session -> session.createNativeQuery(
                "select count(*) from identity_provider where issuer = :issuer and tenant_id <> :tenant", Long.class)
                .setParameter("issuer", issuer).setParameter("tenant", tenantId).getSingleResult()
                .chain(taken -> {
                    if (taken > 0) {
                        throw ApiProblem.conflict("Another tenant already signs in with the issuer " + issuer);
                    }
                    return session.createNativeQuery("insert into identity_provider (tenant_id, issuer, client_id, "
                            + "audience, roles_claim, role_mapping, created_at, updated_at, version) values (:tenant, "
                            + ":issuer, :client, :audience, :claim, cast(cast(:mapping as text) as jsonb), :now, :now, 0) "
                            + "on conflict (tenant_id) do update set issuer = excluded.issuer, client_id = "
                            + "excluded.client_id, audience = excluded.audience, roles_claim = excluded.roles_claim, "
                            + "role_mapping = excluded.role_mapping, updated_at = excluded.updated_at, "
                            + "version = identity_provider.version + 1")
                            .setParameter("tenant", tenantId)
                            .setParameter("issuer", issuer)
                            .setParameter("client", input.clientId())
                            .setParameter("audience", input.audience())
                            .setParameter("claim", input.rolesClaim() == null || input.rolesClaim().isBlank()
                                    ? DEFAULT_ROLES_CLAIM : input.rolesClaim())
                            .setParameter("mapping", write(input.roleMapping() == null ? Map.of() : input.roleMapping()))
                            .setParameter("now", now)
                            .executeUpdate();
                })
                .chain(() -> load(session, tenantId)))
                .onFailure().transform(DatabaseErrors::asClientError)
                .invoke(() -> forgetRoutes(tenantId))
                .map(this::view);
    }

    /** Removes the caller's tenant's provider: its tokens are refused from then on. */
    public Uni<Void> delete() {
        UUID tenantId = TenantContext.require();
        return sessions.withTransaction(session -> session
                .createNativeQuery("delete from identity_provider where tenant_id = :tenant")
                .setParameter("tenant", tenantId).executeUpdate())
                .invoke(deleted -> {
                    if (deleted == 0) {
                        throw ApiProblem.notFound("identity provider", "for this tenant");
                    }
                    forgetRoutes(tenantId);
                })
                .replaceWithVoid();
    }

    private void forgetRoutes(UUID tenantId) {
        routes.clear();
        changed.fire(new Changed(tenantId));
    }

    private Uni<Object[]> load(Mutiny.Session session, UUID tenantId) {
        return session.createNativeQuery("select cast(tenant_id as varchar), issuer, client_id, audience, roles_claim, "
                + "cast(role_mapping as varchar), version, updated_at from identity_provider where tenant_id = :tenant",
                Object[].class)
                .setParameter("tenant", tenantId)
                .getResultList()
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    private Route route(Object[] row) {
        return new Route(UUID.fromString((String) row[0]), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], read((String) row[5]), ((Number) row[6]).longValue());
    }

    private IdentityProviderView view(Object[] row) {
        Route route = route(row);
        Instant updated = row[7] instanceof Instant instant ? instant
                : row[7] instanceof java.time.OffsetDateTime offset ? offset.toInstant() : null;
        return new IdentityProviderView(route.issuer(), route.clientId(), route.audience(), route.rolesClaim(),
                route.roleMapping(), updated, route.version());
    }

    private String write(Map<String, String> mapping) {
        try {
            return json.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String mapping) {
        try {
            return json.readValue(mapping, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored role mapping is not JSON", e);
        }
    }
}
