package io.quintet.crm.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.identity.IdentityProviders;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Chooses how quarkus-oidc verifies a bearer token, by its (not yet verified) issuer.
 *
 * <p>quarkus-oidc is the only verifier in the service: tokens the CRM minted itself are checked
 * locally against the CRM's public key; a tenant's SSO provider verifies the tokens of its issuer
 * (discovery and JWKS); any other issuer is refused. Having one verifier is what keeps SSO tokens and the CRM's own tokens from fighting
 * over the {@code Authorization} header. The unverified issuer only selects the key; the
 * signature, issuer, audience and expiry are then all verified.
 */
@ApplicationScoped
public class CrmTokenTenantResolver implements TenantConfigResolver {

    static final String CRM_TENANT = "crm-issued";
    private static final String SSO_PREFIX = "sso-";

    private final CrmConfig config;
    private final SigningKeys keys;
    private final ObjectMapper json;
    private final IdentityProviders providers;
    private volatile OidcTenantConfig crmIssued;

    CrmTokenTenantResolver(CrmConfig config, SigningKeys keys, ObjectMapper json, IdentityProviders providers) {
        this.config = config;
        this.keys = keys;
        this.json = json;
        this.providers = providers;
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        String issuer = unverifiedIssuer(context.request().getHeader("Authorization"));
        if (issuer == null) {
            return Uni.createFrom().nullItem();
        }
        if (config.auth().issuer().equals(issuer)) {
            return Uni.createFrom().item(crmIssuedConfig());
        }
        return providers.byIssuer(issuer).map(route -> route.map(CrmTokenTenantResolver::ssoConfig).orElse(null));
    }

    /** The OIDC tenant id of a tenant's provider; it changes with the provider's version so edits apply at once. */
    static String ssoTenantId(IdentityProviders.Route route) {
        return SSO_PREFIX + route.tenantId() + "-v" + route.version();
    }

    /** The CRM tenant an OIDC tenant id of {@link #ssoTenantId} stands for, or null. */
    static UUID crmTenantOf(String oidcTenantId) {
        if (oidcTenantId == null || !oidcTenantId.startsWith(SSO_PREFIX)) {
            return null;
        }
        String rest = oidcTenantId.substring(SSO_PREFIX.length());
        return UUID.fromString(rest.substring(0, rest.lastIndexOf("-v")));
    }

    /** Verification through the provider's discovery document and JWKS, which quarkus-oidc fetches and caches. */
    private static OidcTenantConfig ssoConfig(IdentityProviders.Route route) {
        return OidcTenantConfig.builder()
                .tenantId(ssoTenantId(route))
                .applicationType(ApplicationType.SERVICE)
                .authServerUrl(route.issuer())
                .clientId(route.clientId())
                .token().issuer(route.issuer()).audience(route.audience() == null ? route.clientId() : route.audience())
                .end()
                .roles().roleClaimPath(roleClaimPath(route.rolesClaim())).end()
                .build();
    }

    /**
     * quarkus-oidc's path to the roles claim: dots nest ({@code realm_access.roles}), but a claim named by a
     * URI (Auth0's namespaced {@code https://example.com/roles}) is one segment, quoted so its dots and
     * slashes stay in the name.
     */
    private static String roleClaimPath(String claim) {
        return claim.contains("://") ? "\"" + claim + "\"" : claim.replace('.', '/');
    }

    private OidcTenantConfig crmIssuedConfig() {
        OidcTenantConfig current = crmIssued;
        if (current == null) {
            current = OidcTenantConfig.builder()
                    .tenantId(CRM_TENANT)
                    .applicationType(ApplicationType.SERVICE)
                    .publicKey(keys.current().publicKeyBase64())
                    .token().issuer(config.auth().issuer()).audience(config.auth().audience()).end()
                    .roles().roleClaimPath("groups").end()
                    .build();
            crmIssued = current;
        }
        return current;
    }

    private String unverifiedIssuer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims = json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonNode iss = claims.get("iss");
            return iss == null ? null : iss.asText();
        } catch (Exception malformed) {
            // Not a JWT we can read: let quarkus-oidc reject it.
            return null;
        }
    }
}
