package io.quintet.crm.platform.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.quintet.crm.platform.error.ApiProblem;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Who is making the current request: the tenant, the principal (a client id or a user id), its
 * roles and scopes. Set once per request by {@link CallerRouteFilter}; read by services, audit
 * and authorization.
 */
public record Caller(UUID tenantId, String principal, ActorType actorType, Set<String> roles, Set<String> scopes,
        boolean platformAdmin, Authority authority) {

    private static final String KEY = "crm.caller";

    /** What kind of principal acts: an integration's client or a signed-in user. */
    public enum ActorType {
        CLIENT, USER
    }

    /**
     * A caller whose roles are not yet looked up in its tenant's definitions: only {@code admin}
     * grants anything until {@link #withAuthority} is applied.
     */
    public Caller(UUID tenantId, String principal, ActorType actorType, Set<String> roles, Set<String> scopes,
            boolean platformAdmin) {
        this(tenantId, principal, actorType, roles, scopes, platformAdmin, Authority.of(roles, Map.of()));
    }

    /** The same caller, its rights taken from the tenant's role definitions. */
    public Caller withAuthority(Map<String, RoleDefinition> definitions) {
        return new Caller(tenantId, principal, actorType, roles, scopes, platformAdmin,
                Authority.of(roles, definitions));
    }

    public static Optional<Caller> current() {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return Optional.empty();
        }
        return ContextLocals.get(KEY);
    }

    public static Caller require() {
        return current().orElseThrow(() -> ApiProblem.unauthenticated("A bearer token is required"));
    }

    void bind() {
        ContextLocals.put(KEY, this);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The current caller, who must hold the role: otherwise a FORBIDDEN problem. */
    public static Caller requireRole(String role) {
        Caller caller = require();
        if (!caller.hasRole(role)) {
            throw ApiProblem.forbidden("This needs the " + role + " role");
        }
        return caller;
    }
}
