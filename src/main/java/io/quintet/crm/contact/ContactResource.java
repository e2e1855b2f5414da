package io.quintet.crm.contact;

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

/** REST API of contacts: {@code /api/v1/contacts}. */
@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactResource {

    private final ContactService contacts;
    private final RecordEndpoints endpoints;
    private final TimelineEndpoints timeline;

    ContactResource(ContactService contacts, RecordEndpoints endpoints, TimelineEndpoints timeline) {
        this.contacts = contacts;
        this.endpoints = endpoints;
        this.timeline = timeline;
    }

    @GET
    @Operation(summary = "List contacts", description = "Keyset-paginated; filter in RSQL (one relation level: "
            + "account.industry==Software), sort, sparse fields")
    public Uni<Response> list(@BeanParam ListParams params, @Context UriInfo uri) {
        return endpoints.list(contacts, params, uri, null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a contact")
    public Uni<Response> get(@RestPath UUID id, @RestQuery String fields) {
        return endpoints.get(contacts, id, fields);
    }

    @POST
    @Operation(summary = "Create a contact")
    public Uni<Response> create(ContactInput input, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return endpoints.create(contacts, input, idempotencyKey, uri);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a contact")
    public Uni<Response> replace(@RestPath UUID id, ContactInput input, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.replace(contacts, id, input, ifMatch);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Update a contact with a JSON Merge Patch")
    public Uni<Response> patch(@RestPath UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.patch(contacts, id, patch, ifMatch);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a contact")
    public Uni<Response> delete(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(contacts, id, ifMatch, RecordEndpoints.deleteOptions(null));
    }

    @POST
    @Path("{id}/transfer")
    @Operation(summary = "Hand the contact to another user", description = "Audited; emits contact.transferred")
    public Uni<Response> transfer(@RestPath UUID id, TransferRequest request, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.transfer(contacts, id, request, ifMatch);
    }

    @POST
    @Path("batch")
    @Operation(summary = "Create and update up to 100 contacts in one transaction")
    public Uni<Response> batch(BatchRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return endpoints.batch(contacts, request, idempotencyKey);
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The contact's timeline", description = "Activities and audited changes (created, field "
            + "changes, stage changes, conversions), newest first, keyset-paginated; "
            + "kind=activity,field_change narrows it")
    public Uni<Response> timeline(@RestPath UUID id, @BeanParam TimelineParams params, @Context UriInfo uri) {
        return timeline.get("contact", id, params, uri);
    }
}
