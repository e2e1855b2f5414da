package io.quintet.crm.platform.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quintet.crm.platform.config.CrmConfig;
import io.smallrye.jwt.build.Jwt;

/** Mints the CRM's own access tokens (RS256 JWTs) for integrations. */
@ApplicationScoped
public class TokenIssuer {

    /** Claim carrying the tenant id. */
    public static final String TENANT_CLAIM = "tid";
    /** Claim set on the default tenant's bootstrap client, the platform administrator. */
    public static final String PLATFORM_ADMIN_CLAIM = "crm_platform_admin";
    /** Claim carrying the client's secret version, so that a rotation invalidates older tokens. */
    public static final String SECRET_VERSION_CLAIM = "crm_secret_version";

    private final CrmConfig config;
    private final SigningKeys keys;

    TokenIssuer(CrmConfig config, SigningKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    /** A token for the client with the granted scopes; {@code expiresIn} is in seconds. */
    public IssuedToken issue(ApiClient client, Set<String> grantedScopes) {
        Instant now = Instant.now();
        long lifetime = config.auth().tokenLifetime().toSeconds();
        SigningKeys.Loaded key = keys.current();
        String scope = String.join(" ", grantedScopes);
        String token = Jwt.issuer(config.auth().issuer())
                .audience(config.auth().audience())
                .subject(client.clientId)
                .claim("azp", client.clientId)
                .claim(TENANT_CLAIM, client.tenantId.toString())
                .claim("scope", scope)
                .claim(PLATFORM_ADMIN_CLAIM, client.platformAdmin)
                .claim(SECRET_VERSION_CLAIM, client.secretVersion)
                .groups(client.roleSet())
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(lifetime))
                .jws().keyId(key.kid())
                .sign(key.privateKey());
        return new IssuedToken(token, "Bearer", lifetime, scope);
    }

    /** The RFC 6749 §5.1 token response. */
    public record IssuedToken(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            String scope) {
    }
}
