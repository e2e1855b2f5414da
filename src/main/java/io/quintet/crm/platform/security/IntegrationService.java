package io.quintet.crm.platform.security;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quintet.crm.platform.audit.ChangeRecorder;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.role.RoleCatalog;
import io.quintet.crm.platform.error.DatabaseErrors;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.quintet.crm.platform.validation.InputValidator;
import io.smallrye.mutiny.Uni;

/**
 * A tenant's integrations (client credentials): created with a role and scopes, revoked, and
 * given a new secret. Revocation and rotation make existing tokens fail. Every change is audited.
 */
@ApplicationScoped
public class IntegrationService {

    /** Most integrations one tenant may have; also why their list needs no paging. */
    public static final int MAX_PER_TENANT = 200;

    private final Mutiny.SessionFactory sessions;
    private final ApiClientService clients;
    private final InputValidator validator;
    private final ChangeRecorder changes;
    private final ObjectMapper json;
    private final RoleCatalog roles;

    /** A new integration: its name, role and the scopes its tokens may carry. */
    @Input("IntegrationInput")
    public record IntegrationInput(@NotBlank @Size(max = 255) String name, @NotBlank String role,
            @NotEmpty List<@NotBlank String> scopes) {
    }

    /** An integration as administrators read it; {@code clientSecret} only when just created or rotated. */
    @Type("Integration")
    public record IntegrationView(@Id @NonNull UUID id, String name, String clientId, String clientSecret, String role,
            Set<String> scopes, boolean active, Instant createdAt, Instant updatedAt) {
    }

    IntegrationService(Mutiny.SessionFactory sessions, ApiClientService clients, InputValidator validator,
            ChangeRecorder changes, ObjectMapper json, RoleCatalog roles) {
        this.roles = roles;
        this.sessions = sessions;
        this.clients = clients;
        this.validator = validator;
        this.changes = changes;
        this.json = json;
    }

    public Uni<IntegrationView> create(IntegrationInput input) {
        validator.validate(input);
        Set<String> scopes = new LinkedHashSet<>(input.scopes());
        for (String scope : scopes) {
            if (!Scopes.ALL.contains(scope)) {
                throw ApiProblem.invalidField("scopes", "Unknown scope '" + scope + "'; known: " + Scopes.ALL);
            }
        }
        UUID tenantId = TenantContext.require();
        return roles.definitions(tenantId).invoke(defined -> {
            if (!defined.containsKey(input.role())) {
                throw ApiProblem.invalidField("role", "role must be one of the tenant's roles: "
                        + String.join(", ", defined.keySet()));
            }
        }).chain(() -> sessions.withTransaction(session -> session
                .createSelectionQuery("select count(*) from ApiClient where tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId).getSingleResult()
                .chain(count -> {
                    if (count >= MAX_PER_TENANT) {
                        throw ApiProblem.conflict("A tenant may have at most " + MAX_PER_TENANT + " integrations");
                    }
                    ApiClient client = new ApiClient();
                    client.id = UUID.randomUUID();
                    client.tenantId = tenantId;
                    client.clientId = ClientSecrets.newClientId();
                    String secret = ClientSecrets.newSecret();
                    client.secretHash = ClientSecrets.hash(secret);
                    client.name = input.name().strip();
                    client.roles = input.role();
                    client.scopes = String.join(" ", scopes);
                    client.createdAt = Instant.now();
                    client.updatedAt = client.createdAt;
                    return session.persist(client).chain(session::flush)
                            .chain(() -> record(session, client, ChangeRecorder.Action.CREATED, null))
                            .replaceWith(view(client, secret));
                }))).onFailure().transform(DatabaseErrors::asClientError);
    }

    public Uni<List<IntegrationView>> list() {
        UUID tenantId = TenantContext.require();
        return sessions.withSession(session -> session
                .createSelectionQuery("from ApiClient where tenantId = :tenant order by createdAt, id", ApiClient.class)
                .setParameter("tenant", tenantId).setMaxResults(MAX_PER_TENANT).getResultList())
                .map(found -> found.stream().map(client -> view(client, null)).toList());
    }

    /** Revokes the integration: its credentials and every token issued to it stop working. */
    public Uni<Void> revoke(UUID id) {
        return change(id, client -> {
            client.active = false;
            return null;
        }).replaceWithVoid();
    }

    /** Gives the integration a new secret; the old secret and every token issued with it stop working. */
    public Uni<IntegrationView> rotateSecret(UUID id) {
        return change(id, client -> {
            String secret = ClientSecrets.newSecret();
            client.secretHash = ClientSecrets.hash(secret);
            client.secretVersion++;
            return secret;
        });
    }

    private Uni<IntegrationView> change(UUID id, Function<ApiClient, String> mutation) {
        UUID tenantId = TenantContext.require();
        return sessions.withTransaction(session -> session
                .createSelectionQuery("from ApiClient where tenantId = :tenant and id = :id", ApiClient.class)
                .setParameter("tenant", tenantId).setParameter("id", id).getSingleResultOrNull()
                .chain(client -> {
                    if (client == null) {
                        throw ApiProblem.notFound("integration", id);
                    }
                    if (client.platformAdmin) {
                        throw ApiProblem.forbidden("The bootstrap client follows the service's configuration");
                    }
                    IntegrationView before = view(client, null);
                    String secret = mutation.apply(client);
                    client.updatedAt = Instant.now();
                    return session.flush()
                            .chain(() -> record(session, client, ChangeRecorder.Action.UPDATED, before))
                            .invoke(() -> clients.forget(client.clientId))
                            .replaceWith(view(client, secret));
                }));
    }

    private Uni<Void> record(Mutiny.Session session, ApiClient client, ChangeRecorder.Action action,
            IntegrationView before) {
        return changes.record(session, "integration", client.id, action,
                before == null ? null : json.valueToTree(before), json.valueToTree(view(client, null)));
    }

    private static IntegrationView view(ApiClient client, String secret) {
        return new IntegrationView(client.id, client.name, client.clientId, secret, client.roles, client.scopeSet(),
                client.active, client.createdAt, client.updatedAt);
    }
}
