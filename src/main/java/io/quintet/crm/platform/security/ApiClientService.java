package io.quintet.crm.platform.security;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** Creates API clients and authenticates them for the token endpoint. */
@ApplicationScoped
public class ApiClientService {

    /** Role of a tenant's administrator client. */
    public static final String ADMIN_ROLE = "admin";

    private final Mutiny.SessionFactory sessions;

    ApiClientService(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** A new admin client of a tenant, inside the caller's transaction; the secret is returned only here. */
    public Uni<NewClient> createAdmin(Mutiny.Session session, UUID tenantId, String name) {
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.tenantId = tenantId;
        client.clientId = ClientSecrets.newClientId();
        String secret = ClientSecrets.newSecret();
        client.secretHash = ClientSecrets.hash(secret);
        client.name = name;
        client.roles = ADMIN_ROLE;
        client.scopes = String.join(" ", Scopes.ALL);
        client.createdAt = Instant.now();
        return session.persist(client).map(ignored -> new NewClient(client.clientId, secret));
    }

    /** The bootstrap client, created on first start or given the configured secret again. */
    Uni<Integer> upsertBootstrap(Mutiny.Session session, UUID tenantId, String clientId, String secret) {
        return session.createNativeQuery("insert into api_client (tenant_id, id, client_id, secret_hash, name, roles, "
                + "scopes, platform_admin, created_at) values (:tenant, :id, :clientId, :hash, 'Bootstrap administrator', "
                + ":roles, :scopes, true, :now) on conflict (client_id) do update set secret_hash = excluded.secret_hash")
                .setParameter("tenant", tenantId)
                .setParameter("id", UUID.randomUUID())
                .setParameter("clientId", clientId)
                .setParameter("hash", ClientSecrets.hash(secret))
                .setParameter("roles", ADMIN_ROLE)
                .setParameter("scopes", String.join(" ", Scopes.ALL))
                .setParameter("now", Instant.now())
                .executeUpdate();
    }

    /** The client these credentials belong to, or null when they match none. */
    public Uni<ApiClient> authenticate(String clientId, String secret) {
        return sessions.withSession(session -> session
                .createSelectionQuery("from ApiClient where clientId = :clientId", ApiClient.class)
                .setParameter("clientId", clientId)
                .getSingleResultOrNull())
                .map(client -> client != null && ClientSecrets.matches(secret, client.secretHash) ? client : null);
    }

    /**
     * Whether this client of this tenant is the platform administrator, as the database says now.
     * Tenant administration asks here rather than trusting a token claim alone, so a client that lost
     * the role loses it at once, and a claim's JSON type (quarkus-oidc hands custom boolean claims over
     * as {@code jakarta.json.JsonValue}, not {@link Boolean}) cannot decide the answer.
     */
    public Uni<Boolean> isPlatformAdmin(UUID tenantId, String clientId) {
        return sessions.withSession(session -> session
                .createSelectionQuery("select platformAdmin from ApiClient where clientId = :clientId "
                        + "and tenantId = :tenantId", Boolean.class)
                .setParameter("clientId", clientId)
                .setParameter("tenantId", tenantId)
                .getSingleResultOrNull())
                .map(Boolean.TRUE::equals);
    }

    /** The scopes to grant: those requested (all must be allowed), or all the client has. */
    public static Set<String> grant(ApiClient client, String requested) {
        Set<String> allowed = client.scopeSet();
        if (requested == null || requested.isBlank()) {
            return allowed;
        }
        Set<String> asked = new LinkedHashSet<>(ApiClient.split(requested));
        return allowed.containsAll(asked) ? asked : null;
    }

    /** Credentials shown once, at creation. */
    public record NewClient(String clientId, String clientSecret) {
    }
}
