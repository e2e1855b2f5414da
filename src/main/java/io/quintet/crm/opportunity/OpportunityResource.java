package io.quintet.crm.opportunity;

import java.util.List;
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
import io.quintet.crm.platform.timeline.TimelineEndpoints;
import io.quintet.crm.platform.timeline.TimelineParams;
import io.smallrye.mutiny.Uni;

/** REST API of opportunities: {@code /api/v1/opportunities}. */
@Path("/api/v1/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities")
public class OpportunityResource {

    private final OpportunityService opportunities;
    private final RecordEndpoints endpoints;
    private final TimelineEndpoints timeline;

    OpportunityResource(OpportunityService opportunities, RecordEndpoints endpoints, TimelineEndpoints timeline) {
        this.opportunities = opportunities;
        this.endpoints = endpoints;
        this.timeline = timeline;
    }

    @GET
    @Operation(summary = "List opportunities", description = "Keyset-paginated; filter in RSQL, sort, sparse fields")
    public Uni<Response> list(@BeanParam ListParams params, @Context UriInfo uri) {
        return endpoints.list(opportunities, params, uri, null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an opportunity")
    public Uni<Response> get(@RestPath UUID id, @RestQuery String fields) {
        return endpoints.get(opportunities, id, fields);
    }

    @POST
    @Operation(summary = "Create an opportunity", description = "Without pipelineId it goes to the default "
            + "pipeline, without stageId to the pipeline's first stage, without probability the stage's")
    public Uni<Response> create(OpportunityInput input, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return endpoints.create(opportunities, input, idempotencyKey, uri);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an opportunity")
    public Uni<Response> replace(@RestPath UUID id, OpportunityInput input, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.replace(opportunities, id, input, ifMatch);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Update an opportunity with a JSON Merge Patch", description = "A stageId change is "
            + "recorded in the stage history and announced as opportunity.stage_changed")
    public Uni<Response> patch(@RestPath UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.patch(opportunities, id, patch, ifMatch);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an opportunity", description = "Its line items and stage history go with it")
    public Uni<Response> delete(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(opportunities, id, ifMatch, RecordEndpoints.deleteOptions(null));
    }

    @POST
    @Path("{id}/transfer")
    @Operation(summary = "Hand the opportunity to another user", description = "Audited; emits opportunity.transferred")
    public Uni<Response> transfer(@RestPath UUID id, TransferRequest request, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.transfer(opportunities, id, request, ifMatch);
    }

    @POST
    @Path("batch")
    @Operation(summary = "Create and update up to 100 opportunities in one transaction")
    public Uni<Response> batch(BatchRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return endpoints.batch(opportunities, request, idempotencyKey);
    }

    @GET
    @Path("{id}/stage-history")
    @Operation(summary = "The opportunity's stage changes", description = "Oldest first, each with the seconds "
            + "spent in the stage it entered (until now for the current one)")
    public Uni<StageHistory> stageHistory(@RestPath UUID id) {
        return opportunities.stageHistory(id).map(StageHistory::new);
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The opportunity's timeline", description = "Activities and audited changes (created, field "
            + "changes, stage changes, conversions), newest first, keyset-paginated; "
            + "kind=activity,field_change narrows it")
    public Uni<Response> timeline(@RestPath UUID id, @BeanParam TimelineParams params, @Context UriInfo uri) {
        return timeline.get("opportunity", id, params, uri);
    }

    /** {@code {"data":[…]}}: the whole history, which stays short. */
    public record StageHistory(List<StageHistoryEntry> data) {
    }
}
