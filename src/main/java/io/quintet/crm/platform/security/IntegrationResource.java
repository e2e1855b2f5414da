package io.quintet.crm.platform.security;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.rest.PageBody;
import io.smallrye.mutiny.Uni;

/** The tenant's integrations (client credentials with a role and scopes); tenant administrators only. */
@Path("/api/v1/integrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class IntegrationResource {

    private final IntegrationService integrations;
    private final ObjectMapper json;

    IntegrationResource(IntegrationService integrations, ObjectMapper json) {
        this.integrations = integrations;
        this.json = json;
    }

    @POST
    @Operation(summary = "Create an integration", description = "The client secret is in this response only")
    public Uni<Response> create(IntegrationService.IntegrationInput input, @Context UriInfo uri) {
        Caller.requireRole(Roles.ADMIN);
        if (input == null) {
            throw ApiProblem.invalidField("body", "A JSON request body is required");
        }
        return integrations.create(input).map(created -> Response
                .created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build());
    }

    @GET
    @Operation(summary = "List integrations", description = "At most 200 per tenant, so one page holds them all")
    public Uni<PageBody> list() {
        Caller.requireRole(Roles.ADMIN);
        return integrations.list().map(all -> new PageBody(all.stream()
                .map(view -> (JsonNode) json.valueToTree(view)).toList(),
                new PageBody.PageInfo(null, false)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an integration", description = "Its tokens fail at once")
    public Uni<Response> revoke(@RestPath UUID id) {
        Caller.requireRole(Roles.ADMIN);
        return integrations.revoke(id).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(summary = "Give an integration a new secret", description = "The old secret and its tokens fail at once")
    public Uni<IntegrationService.IntegrationView> rotate(@RestPath UUID id) {
        Caller.requireRole(Roles.ADMIN);
        return integrations.rotateSecret(id);
    }
}
