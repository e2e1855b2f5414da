package io.quintet.crm.product;

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

import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.rest.Idempotency;
import io.quintet.crm.platform.rest.ListParams;
import io.quintet.crm.platform.rest.RecordEndpoints;
import io.smallrye.mutiny.Uni;

/** REST API of price books and their prices: {@code /api/v1/price-books}, {@code …/{id}/entries}. */
@Path("/api/v1/price-books")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class PriceBookResource {

    private final PriceBookService books;
    private final PriceBookEntryService entries;
    private final RecordEndpoints endpoints;

    PriceBookResource(PriceBookService books, PriceBookEntryService entries, RecordEndpoints endpoints) {
        this.books = books;
        this.entries = entries;
        this.endpoints = endpoints;
    }

    @GET
    @Operation(summary = "List price books", description = "The tenant's standard price book is made on first use")
    public Uni<Response> list(@BeanParam ListParams params, @Context UriInfo uri) {
        return endpoints.list(books, params, uri, null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a price book")
    public Uni<Response> get(@RestPath UUID id, @RestQuery String fields) {
        return endpoints.get(books, id, fields);
    }

    @POST
    @Operation(summary = "Create a price book")
    public Uni<Response> create(PriceBookInput input, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return endpoints.create(books, input, idempotencyKey, uri);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a price book")
    public Uni<Response> replace(@RestPath UUID id, PriceBookInput input, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.replace(books, id, input, ifMatch);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Update a price book with a JSON Merge Patch")
    public Uni<Response> patch(@RestPath UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.patch(books, id, patch, ifMatch);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a price book", description = "Refused (409) for the standard one and one with prices")
    public Uni<Response> delete(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(books, id, ifMatch, RecordEndpoints.deleteOptions(null));
    }

    @GET
    @Path("{id}/entries")
    @Operation(summary = "List a price book's prices", description = "Keyset-paginated; filter in RSQL, sort")
    public Uni<Response> listEntries(@RestPath UUID id, @BeanParam ListParams params, @Context UriInfo uri) {
        return books.get(id).chain(book -> endpoints.list(entries, params, uri, PriceBookEntryService.inBook(id)));
    }

    @GET
    @Path("{id}/entries/{entryId}")
    @Operation(summary = "Get a price of the price book")
    public Uni<Response> getEntry(@RestPath UUID id, @RestPath UUID entryId) {
        return endpoints.ok(entries, entries.getInBook(id, entryId));
    }

    @POST
    @Path("{id}/entries")
    @Operation(summary = "Add a price", description = "{productId, currency, listPrice, active}; one per product "
            + "and currency (409 otherwise)")
    public Uni<Response> createEntry(@RestPath UUID id, PriceBookEntryInput input,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri) {
        return entries.book(id).chain(book -> {
            if (input != null && input.priceBookId() != null && !input.priceBookId().equals(id)) {
                throw ApiProblem.invalidField("priceBookId", "The price book is the one in the path");
            }
            return endpoints.create(entries, input == null ? null : input.inBook(id), idempotencyKey, uri);
        });
    }

    @PATCH
    @Path("{id}/entries/{entryId}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Change a price with a JSON Merge Patch")
    public Uni<Response> patchEntry(@RestPath UUID id, @RestPath UUID entryId, JsonNode patch,
            @HeaderParam("If-Match") String ifMatch) {
        return entries.getInBook(id, entryId).chain(entry -> endpoints.patch(entries, entryId, patch, ifMatch));
    }

    @DELETE
    @Path("{id}/entries/{entryId}")
    @Operation(summary = "Delete a price")
    public Uni<Response> deleteEntry(@RestPath UUID id, @RestPath UUID entryId,
            @HeaderParam("If-Match") String ifMatch) {
        return entries.getInBook(id, entryId)
                .chain(entry -> endpoints.delete(entries, entryId, ifMatch, RecordEndpoints.deleteOptions(null)));
    }
}
