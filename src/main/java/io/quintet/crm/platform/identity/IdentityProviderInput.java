package io.quintet.crm.platform.identity;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A tenant's OIDC provider: where its tokens come from, which client and audience they carry, the
 * claim that holds the user's roles or groups ({@code groups}, {@code realm_access.roles}, {@code roles})
 * and how those values map to CRM roles ({@code {"crm-sales-rep": "sales_rep"}}); values that
 * already name a CRM role need no mapping.
 */
public record IdentityProviderInput(
        @NotBlank @Size(max = 2048) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) issuer URL")
        String issuer,
        @NotBlank @Size(max = 255) String clientId,
        @Size(max = 255) String audience,
        @Size(max = 255) String rolesClaim,
        Map<@NotBlank @Size(max = 255) String, @NotBlank @Size(max = 100) String> roleMapping) {
}
