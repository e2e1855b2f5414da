package io.quintet.crm.platform.identity;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.ProblemKind;
import io.quintet.crm.platform.security.Roles;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.smallrye.mutiny.Uni;

/**
 * Dev mode only: signs developers in through the OIDC Dev Services (a small OIDC server inside the
 * dev-mode JVM, no container) by connecting the default tenant to its issuer on every start, as an
 * administrator would with {@code PUT /api/v1/identity-provider}. Its issuer gets a new port on each
 * start, hence the start-up hook. Its users are alice (roles admin and user) and bob (user); {@code user}
 * maps to sales_rep. A provider the developer configured themselves is left alone.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DevServicesSignIn {

    private static final Logger LOG = Logger.getLogger(DevServicesSignIn.class);
    /** Where the OIDC Dev Services publish their issuer and client (as the default OIDC tenant's settings). */
    private static final String ISSUER_PROPERTY = "quarkus.oidc.auth-server-url";
    private static final String CLIENT_PROPERTY = "quarkus.oidc.client-id";
    private static final String DEFAULT_CLIENT = "quarkus-app";
    /** Dev Services access tokens carry no {@code aud}; quarkus-oidc's {@code any} skips that check. */
    private static final String ANY_AUDIENCE = "any";
    private static final Map<String, String> ROLE_MAPPING = Map.of("user", Roles.SALES_REP);

    private final Mutiny.SessionFactory sessions;
    private final IdentityProviders providers;
    private final CrmConfig crm;
    private final Config config;

    DevServicesSignIn(Mutiny.SessionFactory sessions, IdentityProviders providers, CrmConfig crm, Config config) {
        this.sessions = sessions;
        this.providers = providers;
        this.crm = crm;
        this.config = config;
    }

    /** After {@code Bootstrap} (default observer priority) has created the default tenant. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) throws Throwable {
        Optional<String> issuer = config.getOptionalValue(ISSUER_PROPERTY, String.class);
        if (issuer.isEmpty()) {
            return;
        }
        String clientId = config.getOptionalValue(CLIENT_PROPERTY, String.class).orElse(DEFAULT_CLIENT);
        IdentityProviderInput devServices = new IdentityProviderInput(issuer.get(), clientId, ANY_AUDIENCE,
                IdentityProviders.DEFAULT_ROLES_CLAIM, ROLE_MAPPING);
        boolean connected = VertxContextSupport.subscribeAndAwait(() -> defaultTenant()
                .invoke(TenantContext::set)
                .chain(() -> providers.get().map(Optional::of)
                        .onFailure(DevServicesSignIn::notFound).recoverWithItem(Optional.empty()))
                .chain(current -> current.isPresent() && !current.get().clientId().equals(clientId)
                        ? Uni.createFrom().item(false)
                        : providers.put(devServices).replaceWith(true)));
        if (connected) {
            LOG.infof("Dev sign-in: tenant '%s' accepts tokens of the OIDC Dev Services at %s (alice: admin, bob: "
                    + "sales_rep); get one with: curl -d grant_type=password -d client_id=%s -d username=alice "
                    + "%s/token", crm.bootstrap().tenantSlug(), issuer.get(), clientId, issuer.get());
        } else {
            LOG.infof("Dev sign-in: tenant '%s' keeps the identity provider configured for it", crm.bootstrap().tenantSlug());
        }
    }

    private static boolean notFound(Throwable failure) {
        return failure instanceof ApiProblem problem && problem.kind() == ProblemKind.NOT_FOUND;
    }

    private Uni<UUID> defaultTenant() {
        return sessions.withSession(session -> session
                .createSelectionQuery("select id from Tenant where slug = :slug", UUID.class)
                .setParameter("slug", crm.bootstrap().tenantSlug())
                .getSingleResult());
    }
}
