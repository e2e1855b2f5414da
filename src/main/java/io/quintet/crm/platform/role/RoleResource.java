package io.quintet.crm.platform.role;

import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;

import io.quintet.crm.platform.rest.Idempotency;
import io.quintet.crm.platform.rest.ListParams;
import io.quintet.crm.platform.rest.RecordEndpoints;
import io.smallrye.mutiny.Uni;

/** Roles: what each may do per object type and which fields it may not see or change; administrators only. */
@Path("/api/v1/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class RoleResource {

    private final RoleService roles;
    private final RecordEndpoints endpoints;

    RoleResource(RoleService roles, RecordEndpoints endpoints) {
        this.roles = roles;
        this.endpoints = endpoints;
    }

    @GET
    @Operation(summary = "List roles", description = "The built-in roles and those the tenant defined")
    public Uni<Response> list(@BeanParam ListParams params, @Context UriInfo uri) {
        return endpoints.list(roles, params, uri, null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a role")
    public Uni<Response> get(@RestPath UUID id, @RestQuery String fields) {
        return endpoints.get(roles, id, fields);
    }

    @POST
    @Operation(summary = "Define a role")
    public Uni<Response> create(RoleInput input, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return endpoints.create(roles, input, idempotencyKey, uri);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace what a role grants", description = "The name stays; admin cannot be changed")
    public Uni<Response> replace(@RestPath UUID id, RoleInput input, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.replace(roles, id, input, ifMatch);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change a role with a JSON Merge Patch", description = "Lists are replaced whole")
    public Uni<Response> patch(@RestPath UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.patch(roles, id, patch, ifMatch);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a role", description = "Refused for built-in roles and roles someone holds")
    public Uni<Response> delete(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(roles, id, ifMatch, RecordEndpoints.deleteOptions(null));
    }
}
