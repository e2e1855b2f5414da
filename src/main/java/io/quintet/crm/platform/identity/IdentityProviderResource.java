package io.quintet.crm.platform.identity;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** The caller's tenant's single sign-on provider; tenant administrators only. */
@Path("/api/v1/identity-provider")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class IdentityProviderResource {

    private final IdentityProviders providers;

    IdentityProviderResource(IdentityProviders providers) {
        this.providers = providers;
    }

    @GET
    @Operation(summary = "The tenant's OIDC provider")
    public Uni<IdentityProviderView> get() {
        Caller.requireRole(Roles.ADMIN);
        return providers.get();
    }

    @PUT
    @Operation(summary = "Configure the tenant's OIDC provider", description = "Tokens of this issuer then sign "
            + "users in to this tenant; users are provisioned on their first request")
    public Uni<IdentityProviderView> put(IdentityProviderInput input) {
        Caller.requireRole(Roles.ADMIN);
        if (input == null) {
            throw ApiProblem.invalidField("body", "A JSON request body is required");
        }
        return providers.put(input);
    }

    @DELETE
    @Operation(summary = "Remove the tenant's OIDC provider")
    public Uni<Response> delete() {
        Caller.requireRole(Roles.ADMIN);
        return providers.delete().replaceWith(Response.noContent().build());
    }
}
