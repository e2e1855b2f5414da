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

import io.quintet.crm.platform.rest.Idempotency;
import io.quintet.crm.platform.rest.ListParams;
import io.quintet.crm.platform.rest.RecordEndpoints;
import io.quintet.crm.platform.rest.RecordEndpoints.BatchRequest;
import io.smallrye.mutiny.Uni;

/** REST API of products: {@code /api/v1/products}. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductResource {

    private final ProductService products;
    private final RecordEndpoints endpoints;

    ProductResource(ProductService products, RecordEndpoints endpoints) {
        this.products = products;
        this.endpoints = endpoints;
    }

    @GET
    @Operation(summary = "List products", description = "Keyset-paginated; filter in RSQL, sort, sparse fields")
    public Uni<Response> list(@BeanParam ListParams params, @Context UriInfo uri) {
        return endpoints.list(products, params, uri, null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a product")
    public Uni<Response> get(@RestPath UUID id, @RestQuery String fields) {
        return endpoints.get(products, id, fields);
    }

    @POST
    @Operation(summary = "Create a product", description = "A SKU another product has is a 409")
    public Uni<Response> create(ProductInput input, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return endpoints.create(products, input, idempotencyKey, uri);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a product")
    public Uni<Response> replace(@RestPath UUID id, ProductInput input, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.replace(products, id, input, ifMatch);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Update a product with a JSON Merge Patch")
    public Uni<Response> patch(@RestPath UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.patch(products, id, patch, ifMatch);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a product", description = "Refused (409) while it has prices or line items")
    public Uni<Response> delete(@RestPath UUID id, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(products, id, ifMatch, RecordEndpoints.deleteOptions(null));
    }

    @POST
    @Path("batch")
    @Operation(summary = "Create and update up to 100 products in one transaction")
    public Uni<Response> batch(BatchRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return endpoints.batch(products, request, idempotencyKey);
    }
}
