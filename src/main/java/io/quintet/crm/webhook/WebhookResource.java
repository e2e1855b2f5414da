package io.quintet.crm.webhook;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;

import io.quintet.crm.platform.query.FieldSelection;
import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.rest.Idempotency;
import io.quintet.crm.platform.rest.ListParams;
import io.quintet.crm.platform.rest.RestResponses;
import io.smallrye.mutiny.Uni;

/** Webhook subscriptions, their delivery log, retries and replays; admins and integrations with webhooks:manage. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {

    /** Every field of the answers: these lists and records take no field selection. */
    private static final Set<String> WEBHOOK_FIELDS = FieldSelection.fieldsOf(WebhookView.class);
    private static final Set<String> DELIVERY_FIELDS = FieldSelection.fieldsOf(DeliveryView.class);

    private final WebhookService webhooks;
    private final Idempotency idempotency;
    private final CrmConfig config;
    private final RestResponses responses;

    WebhookResource(WebhookService webhooks, Idempotency idempotency, CrmConfig config, RestResponses responses) {
        this.webhooks = webhooks;
        this.idempotency = idempotency;
        this.config = config;
        this.responses = responses;
    }

    @GET
    @Operation(summary = "List webhook subscriptions", description = "An integration sees only its own")
    public Uni<Response> list(@BeanParam ListParams params, @Context UriInfo uri) {
        return webhooks.list(limit(params), params.cursor).map(page -> responses.page(page, uri, WEBHOOK_FIELDS));
    }

    @POST
    @Operation(summary = "Subscribe to events", description = "The signing secret is in this answer only")
    public Uni<Response> create(WebhookInput input, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return idempotency.run(idempotencyKey, input,
                () -> webhooks.create(input).map(view -> responses.created(uri, view, WEBHOOK_FIELDS)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a webhook subscription")
    public Uni<Response> get(@RestPath UUID id) {
        return webhooks.get(id).map(view -> responses.ok(view, WEBHOOK_FIELDS));
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change a webhook subscription with a JSON Merge Patch",
            description = "active: true re-enables a disabled subscription; what was pending is delivered")
    public Uni<Response> patch(@RestPath UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return webhooks.patch(id, patch, RestResponses.ifMatch(ifMatch))
                .map(view -> responses.ok(view, WEBHOOK_FIELDS));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a webhook subscription", description = "Its pending deliveries are dropped")
    public Uni<Response> delete(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch) {
        return webhooks.delete(id, RestResponses.ifMatch(ifMatch)).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(summary = "Give a subscription a new signing secret",
            description = "The new secret is in this answer only; the old one keeps signing next to it for the "
                    + "rotation overlap (24 h by default)")
    public Uni<Response> rotateSecret(@RestPath UUID id) {
        return webhooks.rotateSecret(id).map(view -> responses.ok(view, WEBHOOK_FIELDS));
    }

    @POST
    @Path("{id}/test")
    @Operation(summary = "Send a webhook.test event to this subscription now")
    public Uni<Response> test(@RestPath UUID id) {
        return webhooks.sendTest(id).map(delivery -> Response.accepted(delivery).build());
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The subscription's delivery log, newest first",
            description = "Each delivery with its attempts: time, status code, latency, the first 1 KiB of the "
                    + "answer, the error")
    public Uni<Response> deliveries(@RestPath UUID id, @BeanParam ListParams params, @Context UriInfo uri) {
        return webhooks.deliveries(id, limit(params), params.cursor)
                .map(page -> responses.page(page, uri, DELIVERY_FIELDS));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/retry")
    @Operation(summary = "Send a delivery again now, with a fresh retry schedule")
    public Uni<Response> retry(@RestPath UUID id, @RestPath UUID deliveryId) {
        return webhooks.retry(id, deliveryId).map(delivery -> Response.accepted(delivery).build());
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Send again the retained events of a time window that the subscription matches",
            description = "since (inclusive) and until (exclusive, default now) are ISO-8601 instants")
    public Uni<Response> replay(@RestPath UUID id, @RestQuery String since, @RestQuery String until) {
        return webhooks.replay(id, instant("since", since), instant("until", until))
                .map(queued -> Response.accepted(Map.of("queued", queued)).build());
    }

    /** The page size; these lists have one order and take no filter, sort or field selection. */
    private int limit(ListParams params) {
        for (String unsupported : new String[] { params.filter, params.sort, params.fields }) {
            if (unsupported != null && !unsupported.isBlank()) {
                throw ApiProblem.validation("This list takes only limit and cursor", List.of());
            }
        }
        return params.toQuery(null, config.lists()).limit();
    }

    private static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField(name, name + " must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }
}
