package io.quintet.crm.product;

import java.net.URI;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quintet.crm.platform.rest.Idempotency;
import io.quintet.crm.platform.rest.PageBody;
import io.quintet.crm.platform.rest.RestResponses;
import io.smallrye.mutiny.Uni;

/**
 * REST API of an opportunity's line items: {@code /api/v1/opportunities/{id}/line-items}. Writes take
 * {@code If-Match} with the opportunity's version and answer its new version as {@code ETag}.
 */
@Path("/api/v1/opportunities/{opportunityId}/line-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities")
public class LineItemResource {

    private final LineItemService lineItems;
    private final Idempotency idempotency;
    private final ObjectMapper json;

    LineItemResource(LineItemService lineItems, Idempotency idempotency, ObjectMapper json) {
        this.lineItems = lineItems;
        this.idempotency = idempotency;
        this.json = json;
    }

    @GET
    @Operation(summary = "List the opportunity's line items", description = "Oldest first, all of them (at most "
            + LineItemService.MAX_PER_OPPORTUNITY + ")")
    public Uni<PageBody> list(@RestPath UUID opportunityId) {
        return lineItems.list(opportunityId).map(items -> new PageBody(
                items.stream().<JsonNode>map(json::valueToTree).toList(), new PageBody.PageInfo(null, false)));
    }

    @POST
    @Operation(summary = "Add a line item", description = "The opportunity's amount becomes the items' total; "
            + "If-Match names the opportunity's version, the answer's ETag its new one")
    public Uni<Response> add(@RestPath UUID opportunityId, LineItemInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @HeaderParam("If-Match") String ifMatch,
            @Context UriInfo uri) {
        Long expected = RestResponses.ifMatch(ifMatch);
        return idempotency.run(idempotencyKey, input, () -> lineItems.add(opportunityId, input, expected)
                .map(change -> Response.created(URI.create(uri.getAbsolutePath() + "/" + change.item().id()))
                        .entity(change.item()).tag(opportunityTag(change)).build()));
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change a line item with a JSON Merge Patch", description = "If-Match names the "
            + "opportunity's version, the answer's ETag its new one")
    public Uni<Response> patch(@RestPath UUID opportunityId, @RestPath UUID id, JsonNode patch,
            @HeaderParam("If-Match") String ifMatch) {
        return lineItems.update(opportunityId, id, patch, RestResponses.ifMatch(ifMatch))
                .map(change -> Response.ok(change.item()).tag(opportunityTag(change)).build());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a line item", description = "If-Match names the opportunity's version, the "
            + "answer's ETag its new one")
    public Uni<Response> remove(@RestPath UUID opportunityId, @RestPath UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        return lineItems.remove(opportunityId, id, RestResponses.ifMatch(ifMatch))
                .map(change -> Response.noContent().tag(opportunityTag(change)).build());
    }

    private static EntityTag opportunityTag(LineItemService.Change change) {
        return new EntityTag(String.valueOf(change.opportunity().version()));
    }
}
