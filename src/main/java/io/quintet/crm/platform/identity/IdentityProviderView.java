package io.quintet.crm.platform.identity;

import java.time.Instant;
import java.util.Map;

/** A tenant's OIDC provider as administrators read it. */
public record IdentityProviderView(String issuer, String clientId, String audience, String rolesClaim,
        Map<String, String> roleMapping, Instant updatedAt, long version) {
}
