package io.quintet.crm.platform.security;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.HttpProblemWriter;
import io.quintet.crm.platform.identity.IdentityProviders;
import io.quintet.crm.platform.identity.SignIn;
import io.quintet.crm.platform.role.RoleCatalog;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The one gate in front of {@code /api/**} and {@code /graphql}: a request without a verified
 * token is answered 401 here (problem+json, or a GraphQL error body); a verified one gets its
 * {@link Caller} and tenant bound to the request's context for everything downstream: an
 * integration from its CRM-issued token, a person from their provider's token and CRM user, each
 * with what its roles grant as the tenant defines them.
 */
@ApplicationScoped
public class CallerRouteFilter {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Where quarkus-oidc records which of its tenant configurations verified the token. */
    private static final String OIDC_TENANT_ATTRIBUTE = "tenant-id";

    private final HttpProblemWriter problems;
    private final IdentityProviders providers;
    private final SignIn signIn;
    private final ApiClientService clients;
    private final RoleCatalog roles;

    CallerRouteFilter(HttpProblemWriter problems, IdentityProviders providers, SignIn signIn,
            ApiClientService clients, RoleCatalog roles) {
        this.problems = problems;
        this.providers = providers;
        this.signIn = signIn;
        this.clients = clients;
        this.roles = roles;
    }

    /** After authentication and authorization (filters at -200 and -100), before the GraphQL and REST routes. */
    static final int ORDER = -50;

    /**
     * GraphQL over WebSocket is served at order -99, before {@link #ORDER}: an upgrade request gets its
     * caller (or its 401) earlier, just after authentication (-200).
     */
    static final int WEBSOCKET_UPGRADE_ORDER = -150;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::bindCaller);
        router.route().order(WEBSOCKET_UPGRADE_ORDER).handler(context -> {
            if (context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
                bindCaller(context);
            } else {
                context.next();
            }
        });
    }

    private void bindCaller(RoutingContext context) {
        if (!isProtected(context.normalizedPath())) {
            context.next();
            return;
        }
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            problems.write(context, ApiProblem.unauthenticated(
                    "A bearer token is required: get one from POST /oauth/token or your identity provider"));
            return;
        }
        UUID ssoTenant = CrmTokenTenantResolver.crmTenantOf(identity.getAttribute(OIDC_TENANT_ATTRIBUTE));
        Uni<Caller> verified = ssoTenant != null ? userCaller(ssoTenant, identity, token)
                : clientCaller(identity, token);
        Uni<Caller> caller = verified
                .chain(resolved -> roles.definitions(resolved.tenantId()).map(resolved::withAuthority));
        Context requestContext = Vertx.currentContext();
        caller.subscribe().with(
                resolved -> onContext(requestContext, () -> {
                    bind(resolved);
                    context.next();
                }),
                failure -> onContext(requestContext, () -> {
                    if (failure instanceof ApiProblem problem) {
                        problems.write(context, problem);
                    } else {
                        context.fail(failure);
                    }
                }));
    }

    /** An integration, from its CRM-issued token; refused once revoked or after a secret rotation. */
    private Uni<Caller> clientCaller(SecurityIdentity identity, JsonWebToken token) {
        Object tenant = token.getClaim(TokenIssuer.TENANT_CLAIM);
        if (tenant == null) {
            return Uni.createFrom().failure(ApiProblem.unauthenticated("The token names no CRM tenant"));
        }
        Object platformAdmin = token.getClaim(TokenIssuer.PLATFORM_ADMIN_CLAIM);
        Object secretVersion = token.getClaim(TokenIssuer.SECRET_VERSION_CLAIM);
        int version = secretVersion == null ? 1 : Integer.parseInt(String.valueOf(secretVersion));
        return clients.isCurrent(token.getSubject(), version).map(current -> {
            if (!current) {
                throw ApiProblem.unauthenticated("This integration was revoked or its secret was rotated");
            }
            return new Caller(UUID.fromString(tenant.toString().replace("\"", "")), token.getSubject(),
                    Caller.ActorType.CLIENT, identity.getRoles(), scopes(token), "true".equals(String.valueOf(platformAdmin)));
        });
    }

    /** A person, from their provider's token: provisions or refreshes their CRM user. */
    private Uni<Caller> userCaller(UUID tenantId, SecurityIdentity identity, JsonWebToken token) {
        return providers.byIssuer(token.getIssuer())
                .chain(route -> route.isPresent() && route.get().tenantId().equals(tenantId)
                        ? signIn.caller(route.get(), identity, token)
                        : Uni.createFrom().failure(ApiProblem.unauthenticated("The token's issuer is not configured")));
    }

    /** Continues on the request's context, where the caller must be bound; no hop when already there. */
    private static void onContext(Context requestContext, Runnable step) {
        if (Vertx.currentContext() == requestContext) {
            step.run();
        } else {
            requestContext.runOnContext(ignored -> step.run());
        }
    }

    private static void bind(Caller caller) {
        caller.bind();
        TenantContext.set(caller.tenantId());
    }

    static boolean isProtected(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/graphql") || path.startsWith("/graphql/"));
    }

    private static Set<String> scopes(JsonWebToken token) {
        Object scope = token.getClaim("scope");
        Set<String> scopes = new HashSet<>();
        if (scope != null) {
            for (String s : WHITESPACE.split(scope.toString().replace("\"", ""))) {
                if (!s.isBlank()) {
                    scopes.add(s);
                }
            }
        }
        return scopes;
    }
}
