package io.quintet.crm.platform.identity;

import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

import io.quintet.crm.platform.rest.ListParams;
import io.quintet.crm.platform.rest.RecordEndpoints;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** The tenant's users; tenant administrators only. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class UserResource {

    private final UserService users;
    private final RecordEndpoints endpoints;
    private final SignIn signIn;

    UserResource(UserService users, RecordEndpoints endpoints, SignIn signIn) {
        this.users = users;
        this.endpoints = endpoints;
        this.signIn = signIn;
    }

    @GET
    @Operation(summary = "List users")
    public Uni<Response> list(@BeanParam ListParams params, @Context UriInfo uri) {
        Caller.requireRole(Roles.ADMIN);
        return endpoints.list(users, params, uri, null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a user")
    public Uni<Response> get(@RestPath UUID id, @RestQuery String fields) {
        Caller.requireRole(Roles.ADMIN);
        return endpoints.get(users, id, fields);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Activate or deactivate a user", description = "A deactivated user is refused even with a "
            + "valid token from the identity provider")
    public Uni<Response> patch(@RestPath UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        Caller.requireRole(Roles.ADMIN);
        return endpoints.patch(users, id, patch, ifMatch).invoke(() -> signIn.forget(id));
    }
}
