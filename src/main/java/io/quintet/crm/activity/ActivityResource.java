package io.quintet.crm.activity;

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
import io.quintet.crm.platform.rest.RecordEndpoints.BatchRequest;
import io.quintet.crm.platform.rest.RecordEndpoints.TransferRequest;
import io.smallrye.mutiny.Uni;

/** REST API of activities: {@code /api/v1/activities}. */
@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class ActivityResource {

    private final ActivityService activities;
    private final RecordEndpoints endpoints;

    ActivityResource(ActivityService activities, RecordEndpoints endpoints) {
        this.activities = activities;
        this.endpoints = endpoints;
    }

    @GET
    @Operation(summary = "List activities", description = "Keyset-paginated; filter in RSQL "
            + "(overdue tasks: kind==task;overdue==true), sort, sparse fields")
    public Uni<Response> list(@BeanParam ListParams params, @Context UriInfo uri) {
        return endpoints.list(activities, params, uri, null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an activity")
    public Uni<Response> get(@RestPath UUID id, @RestQuery String fields) {
        return endpoints.get(activities, id, fields);
    }

    @POST
    @Operation(summary = "Create an activity")
    public Uni<Response> create(ActivityInput input, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return endpoints.create(activities, input, idempotencyKey, uri);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an activity")
    public Uni<Response> replace(@RestPath UUID id, ActivityInput input, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.replace(activities, id, input, ifMatch);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Update an activity with a JSON Merge Patch")
    public Uni<Response> patch(@RestPath UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.patch(activities, id, patch, ifMatch);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an activity")
    public Uni<Response> delete(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(activities, id, ifMatch, RecordEndpoints.deleteOptions(null));
    }

    @POST
    @Path("{id}/transfer")
    @Operation(summary = "Hand the activity to another user", description = "Audited; emits activity.transferred")
    public Uni<Response> transfer(@RestPath UUID id, TransferRequest request, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.transfer(activities, id, request, ifMatch);
    }

    @POST
    @Path("batch")
    @Operation(summary = "Create and update up to 100 activities in one transaction")
    public Uni<Response> batch(BatchRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return endpoints.batch(activities, request, idempotencyKey);
    }
}
