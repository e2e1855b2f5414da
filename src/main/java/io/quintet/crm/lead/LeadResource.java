package io.quintet.crm.lead;

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
import io.quintet.crm.platform.rest.RestResponses;
import io.quintet.crm.platform.rest.RecordEndpoints.BatchRequest;
import io.quintet.crm.platform.rest.RecordEndpoints.TransferRequest;
import io.quintet.crm.platform.timeline.TimelineEndpoints;
import io.quintet.crm.platform.timeline.TimelineParams;
import io.smallrye.mutiny.Uni;

/** REST API of leads: {@code /api/v1/leads}. */
@Path("/api/v1/leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leads")
public class LeadResource {

    private final LeadService leads;
    private final RecordEndpoints endpoints;
    private final TimelineEndpoints timeline;

    LeadResource(LeadService leads, RecordEndpoints endpoints, TimelineEndpoints timeline) {
        this.leads = leads;
        this.endpoints = endpoints;
        this.timeline = timeline;
    }

    @GET
    @Operation(summary = "List leads", description = "Keyset-paginated; filter in RSQL (status==new;score=ge=50), "
            + "sort (-score), sparse fields")
    public Uni<Response> list(@BeanParam ListParams params, @Context UriInfo uri) {
        return endpoints.list(leads, params, uri, null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a lead")
    public Uni<Response> get(@RestPath UUID id, @RestQuery String fields) {
        return endpoints.get(leads, id, fields);
    }

    @POST
    @Operation(summary = "Create a lead")
    public Uni<Response> create(LeadInput input, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return endpoints.create(leads, input, idempotencyKey, uri);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a lead")
    public Uni<Response> replace(@RestPath UUID id, LeadInput input, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.replace(leads, id, input, ifMatch);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Update a lead with a JSON Merge Patch")
    public Uni<Response> patch(@RestPath UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.patch(leads, id, patch, ifMatch);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a lead")
    public Uni<Response> delete(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(leads, id, ifMatch, RecordEndpoints.deleteOptions(null));
    }

    @POST
    @Path("{id}/transfer")
    @Operation(summary = "Hand the lead to another user", description = "Audited; emits lead.transferred")
    public Uni<Response> transfer(@RestPath UUID id, TransferRequest request, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.transfer(leads, id, request, ifMatch);
    }

    @GET
    @Path("{id}/score")
    @Operation(summary = "The lead's score and which rule gave what")
    public Uni<ScoreBreakdown> score(@RestPath UUID id) {
        return leads.breakdown(id);
    }

    @POST
    @Path("{id}/convert")
    @Operation(summary = "Convert the lead", description = "In one transaction: link or create an account (given "
            + "accountId, else matched by the email's domain) and a contact (given contactId, else matched by email), "
            + "create an opportunity when opportunity is given (default pipeline and first stage unless named), link "
            + "the lead's activities to each of them, then mark the lead converted; 409 if it already is; emits "
            + "lead.converted")
    public Uni<LeadConversion> convert(@RestPath UUID id, ConvertLeadRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return leads.convert(id, request, RestResponses.ifMatch(ifMatch));
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The lead's timeline", description = "Activities and audited changes (created, field "
            + "changes, conversion), newest first, keyset-paginated; kind narrows them")
    public Uni<Response> timeline(@RestPath UUID id, @BeanParam TimelineParams params, @Context UriInfo uri) {
        return timeline.get(leads.objectType(), id, params, uri);
    }

    @POST
    @Path("batch")
    @Operation(summary = "Create and update up to 100 leads in one transaction")
    public Uni<Response> batch(BatchRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return endpoints.batch(leads, request, idempotencyKey);
    }
}
