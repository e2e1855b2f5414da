package io.quintet.crm.platform.security;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** Creates API clients and authenticates them for the token endpoint. */
@ApplicationScoped
public class ApiClientService {

    /** Role of a tenant's administrator client. */
    public static final String ADMIN_ROLE = Roles.ADMIN;

    static final long STATUS_CACHE_SECONDS = 10;

    private final Mutiny.SessionFactory sessions;
    private final Map<String, CachedStatus> statuses = new ConcurrentHashMap<>();

    private record CachedStatus(boolean active, int secretVersion, Instant until) {
    }

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
        client.updatedAt = client.createdAt;
        return session.persist(client).map(ignored -> new NewClient(client.clientId, secret));
    }

    /** The bootstrap client, created on first start or given the configured secret again. */
    Uni<Integer> upsertBootstrap(Mutiny.Session session, UUID tenantId, String clientId, String secret) {
        return session.createNativeQuery("insert into api_client (tenant_id, id, client_id, secret_hash, name, roles, "
                + "scopes, platform_admin, created_at, updated_at) values (:tenant, :id, :clientId, :hash, "
                + "'Bootstrap administrator', :roles, :scopes, true, :now, :now) on conflict (client_id) do update set secret_hash = excluded.secret_hash, "
                + "scopes = excluded.scopes, active = true")
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
                .map(client -> client != null && client.active && ClientSecrets.matches(secret, client.secretHash)
                        ? client : null);
    }

    /**
     * Whether a token of this client and secret version is still good: the client exists, is active
     * and has not rotated its secret since. Cached for {@value #STATUS_CACHE_SECONDS} s; a revocation
     * or rotation on this replica applies at once.
     */
    public Uni<Boolean> isCurrent(String clientId, int secretVersion) {
        CachedStatus cached = statuses.get(clientId);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return Uni.createFrom().item(cached.active() && cached.secretVersion() == secretVersion);
        }
        return sessions.withSession(session -> session
                .createSelectionQuery("from ApiClient where clientId = :clientId", ApiClient.class)
                .setParameter("clientId", clientId)
                .getSingleResultOrNull())
                .map(client -> {
                    CachedStatus status = new CachedStatus(client != null && client.active,
                            client == null ? 0 : client.secretVersion, Instant.now().plusSeconds(STATUS_CACHE_SECONDS));
                    statuses.put(clientId, status);
                    return status.active() && status.secretVersion() == secretVersion;
                });
    }

    /** Drops what this replica knows of a client's status, after a revocation or rotation. */
    void forget(String clientId) {
        statuses.remove(clientId);
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
