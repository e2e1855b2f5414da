package io.quintet.crm.opportunity;

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

import io.quintet.crm.platform.model.Ids;
import io.quintet.crm.platform.rest.Idempotency;
import io.quintet.crm.platform.rest.ListParams;
import io.quintet.crm.platform.rest.RecordEndpoints;
import io.quintet.crm.platform.rest.RestResponses;
import io.smallrye.mutiny.Uni;

/** REST API of pipelines and their stages: {@code /api/v1/pipelines}. */
@Path("/api/v1/pipelines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities")
public class PipelineResource {

    private final PipelineService pipelines;
    private final RecordEndpoints endpoints;

    PipelineResource(PipelineService pipelines, RecordEndpoints endpoints) {
        this.pipelines = pipelines;
        this.endpoints = endpoints;
    }

    @GET
    @Operation(summary = "List pipelines", description = "The tenant's default pipeline is made on first use")
    public Uni<Response> list(@BeanParam ListParams params, @Context UriInfo uri) {
        return endpoints.list(pipelines, params, uri, null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a pipeline")
    public Uni<Response> get(@RestPath UUID id, @RestQuery String fields) {
        return endpoints.get(pipelines, id, fields);
    }

    @POST
    @Operation(summary = "Create a pipeline")
    public Uni<Response> create(PipelineInput input, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return endpoints.create(pipelines, input, idempotencyKey, uri);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a pipeline", description = "Stages with an id are kept (renamed, re-tuned, "
            + "reordered), stages without one are added; leaving out a stage in use is a 409")
    public Uni<Response> replace(@RestPath UUID id, PipelineInput input, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.replace(pipelines, id, input, ifMatch);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Update a pipeline with a JSON Merge Patch")
    public Uni<Response> patch(@RestPath UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.patch(pipelines, id, patch, ifMatch);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a pipeline", description = "Refused (409) for the default pipeline and for one "
            + "with opportunities")
    public Uni<Response> delete(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(pipelines, id, ifMatch, RecordEndpoints.deleteOptions(null));
    }

    @POST
    @Path("{id}/stages")
    @Operation(summary = "Add a stage", description = "At the end, or at ?position= (0-based); answers the pipeline")
    public Uni<Response> addStage(@RestPath UUID id, PipelineStageInput stage, @RestQuery Integer position,
            @HeaderParam("If-Match") String ifMatch) {
        return endpoints.ok(pipelines, pipelines.addStage(id, stage, position, RestResponses.ifMatch(ifMatch)));
    }

    @PATCH
    @Path("{id}/stages/{stageId}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Rename, re-tune or move a stage", description = "A merge patch of name, probability, "
            + "kind and position (0-based); answers the pipeline")
    public Uni<Response> updateStage(@RestPath UUID id, @RestPath UUID stageId, JsonNode patch,
            @HeaderParam("If-Match") String ifMatch) {
        return endpoints.ok(pipelines, pipelines.updateStage(id, stageId, patch, RestResponses.ifMatch(ifMatch)));
    }

    @DELETE
    @Path("{id}/stages/{stageId}")
    @Operation(summary = "Remove a stage", description = "Refused (409) while opportunities are in it, unless "
            + "?moveTo=<stageId> moves them to another stage first (each move audited); answers the pipeline")
    public Uni<Response> removeStage(@RestPath UUID id, @RestPath UUID stageId, @RestQuery String moveTo,
            @HeaderParam("If-Match") String ifMatch) {
        UUID target = moveTo == null ? null : Ids.parse("moveTo", moveTo);
        return endpoints.ok(pipelines, pipelines.removeStage(id, stageId, target, RestResponses.ifMatch(ifMatch)));
    }
}
