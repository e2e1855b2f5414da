package io.quintet.crm.platform.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.security.identity.SecurityIdentity;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.role.RoleCatalog;
import io.quintet.crm.platform.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * Turns a verified SSO token into a {@link Caller}: the user is provisioned on first sign-in
 * (linked by issuer and subject) and updated from later tokens (email, name, mapped roles). A
 * deactivated user is refused whatever the token says.
 *
 * <p>The upsert is skipped for a user seen in the last {@value #REFRESH_SECONDS} seconds with the
 * same token claims, so steady traffic costs no write per request; deactivation on this replica
 * takes effect at once, on others within that time.
 */
@ApplicationScoped
public class SignIn {

    static final long REFRESH_SECONDS = 30;

    private final Mutiny.SessionFactory sessions;
    private final RoleCatalog roleCatalog;
    private final Map<String, Known> recent = new ConcurrentHashMap<>();

    private record Known(UUID userId, boolean active, String claims, Instant until) {
    }

    SignIn(Mutiny.SessionFactory sessions, RoleCatalog roleCatalog) {
        this.sessions = sessions;
        this.roleCatalog = roleCatalog;
    }

    public Uni<Caller> caller(IdentityProviders.Route route, SecurityIdentity identity, JsonWebToken token) {
        return roleCatalog.definitions(route.tenantId())
                .chain(defined -> caller(route, identity, token,
                        mapRoles(route, identity.getRoles(), defined.keySet())));
    }

    private Uni<Caller> caller(IdentityProviders.Route route, SecurityIdentity identity, JsonWebToken token,
            Set<String> roles) {
        String email = claim(token, "email");
        String name = claim(token, "name");
        String key = route.tenantId() + "|" + token.getIssuer() + "|" + token.getSubject();
        String claims = email + "|" + name + "|" + roles;
        Known known = recent.get(key);
        Uni<Known> user = known != null && known.claims().equals(claims) && known.until().isAfter(Instant.now())
                ? Uni.createFrom().item(known)
                : upsert(route.tenantId(), token, email, name, roles).invoke(fresh -> recent.put(key, fresh));
        return user.map(u -> {
            if (!u.active()) {
                throw ApiProblem.forbidden("This user is deactivated in the CRM");
            }
            return new Caller(route.tenantId(), u.userId().toString(), Caller.ActorType.USER, roles, Set.of(), false);
        });
    }

    /** Forgets what this replica knows of a user, so a change such as deactivation applies at once. */
    public void forget(UUID userId) {
        recent.values().removeIf(known -> known.userId().equals(userId));
    }

    private Uni<Known> upsert(UUID tenantId, JsonWebToken token, String email, String name, Set<String> roles) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String claims = email + "|" + name + "|" + roles;
        return sessions.withTransaction(session -> session.createNativeQuery("insert into crm_user (tenant_id, id, "
                + "issuer, subject, email, display_name, roles, active, last_seen_at, created_at, updated_at, version) "
                + "values (:tenant, :id, :issuer, :subject, :email, :name, :roles, true, :now, :now, :now, 0) "
                + "on conflict (tenant_id, issuer, subject) do update set email = excluded.email, display_name = "
                + "excluded.display_name, roles = excluded.roles, last_seen_at = excluded.last_seen_at "
                + "returning cast(id as varchar), active", Object[].class)
                .setParameter("tenant", tenantId)
                .setParameter("id", UUID.randomUUID())
                .setParameter("issuer", token.getIssuer())
                .setParameter("subject", token.getSubject())
                .setParameter("email", truncate(email, 320))
                .setParameter("name", truncate(name, 255))
                .setParameter("roles", String.join(" ", roles))
                .setParameter("now", now)
                .getSingleResult())
                .map(row -> new Known(UUID.fromString((String) row[0]), (Boolean) row[1], claims,
                        Instant.now().plus(Duration.ofSeconds(REFRESH_SECONDS))));
    }

    /**
     * Provider role values mapped to the tenant's roles; values that already name one of its roles
     * pass as they are, others are dropped.
     */
    static Set<String> mapRoles(IdentityProviders.Route route, Set<String> providerRoles, Set<String> tenantRoles) {
        Set<String> mapped = new LinkedHashSet<>();
        for (String value : providerRoles) {
            String role = route.roleMapping().getOrDefault(value, value);
            if (tenantRoles.contains(role)) {
                mapped.add(role);
            }
        }
        return mapped;
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
