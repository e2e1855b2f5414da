package io.quintet.crm.platform.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quintet.crm.platform.identity.IdentityProviders;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * quarkus-oidc's authentication with a memory of the bearer tokens it verified: a client sends the same
 * token on every call until it expires, and parsing and checking its RS256 signature each time was the
 * largest single cost of a simple read (bench/README.md). A repeat of a verified token gets the identity
 * quarkus-oidc built for it, without a second verification.
 *
 * <p>Only the exact token string is remembered, so a token changed in any byte is verified afresh. An
 * entry lives until the token expires and at most {@link #LONGEST_MEMORY}, the same bound as the other
 * per-replica caches of identity settings (providers, roles). A provider set or removed on this replica
 * empties it at once; on other replicas the change reaches tokens already seen within that time, as it
 * reaches their cached provider settings. Revocation does not depend on it: the caller gate
 * checks the integration's secret version and the user's state on every request. At most
 * {@link #MOST_TOKENS} are kept (a few KB each, against a heap of 128 MB in the deployment); when full,
 * expired entries are dropped and, if none were, new tokens are verified every time until some expire.
 *
 * <p>Being an alternative {@link HttpAuthenticationMechanism}, it takes quarkus-oidc's place in the chain
 * and delegates to it, so quarkus-oidc stays the only verifier.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements HttpAuthenticationMechanism {

    static final Duration LONGEST_MEMORY = Duration.ofSeconds(30);
    static final int MOST_TOKENS = 2_000;

    private static final HttpCredentialTransport BEARER = new HttpCredentialTransport(
            HttpCredentialTransport.Type.AUTHORIZATION, "Bearer");

    private final OidcAuthenticationMechanism oidc;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(OidcAuthenticationMechanism oidc) {
        this.oidc = oidc;
    }

    private record Verified(SecurityIdentity identity, long validUntilMillis) {
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearerToken(context);
        if (token != null) {
            Verified known = verified.get(token);
            if (known != null) {
                if (System.currentTimeMillis() < known.validUntilMillis()) {
                    return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known.identity())
                            .addAttribute(RoutingContext.class.getName(), context).build());
                }
                verified.remove(token, known);
            }
        }
        return oidc.authenticate(context, identityProviderManager).invoke(identity -> remember(token, identity));
    }

    private void remember(String token, SecurityIdentity identity) {
        if (token == null || identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long now = System.currentTimeMillis();
        long validUntil = Math.min(jwt.getExpirationTime() * 1000, now + LONGEST_MEMORY.toMillis());
        if (validUntil <= now) {
            return;
        }
        if (verified.size() >= MOST_TOKENS) {
            verified.values().removeIf(entry -> entry.validUntilMillis() <= now);
            if (verified.size() >= MOST_TOKENS) {
                return;
            }
        }
        verified.put(token, new Verified(withoutRequest(identity), validUntil));
    }

    /**
     * The identity without what ties it to the request that verified it: quarkus-oidc puts that request's
     * {@link RoutingContext} among its attributes, which must neither outlive the request (its body) nor
     * stand for a later one; a repeat gets its own request in its place. Scopes are kept as permissions,
     * which is how quarkus-oidc grants them.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(RoutingContext.class.getName());
        attributes.remove(AuthenticationRequestContext.class.getName());
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addAttributes(attributes);
        if (identity instanceof QuarkusSecurityIdentity quarkusIdentity) {
            copy.addPermissions(quarkusIdentity.getPermissions());
        }
        return copy.build();
    }

    void forgetAll(@Observes IdentityProviders.Changed change) {
        verified.clear();
    }

    private static String bearerToken(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    /** A remembered token is a bearer token: quarkus-oidc would resolve its tenant again only to say so. */
    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        String token = bearerToken(context);
        if (token != null && verified.containsKey(token)) {
            return Uni.createFrom().item(BEARER);
        }
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }
}
