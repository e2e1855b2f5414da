package io.quintet.crm.platform.rest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.Versioned;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.query.FieldSelection;
import io.quintet.crm.platform.query.HqlFragment;
import io.smallrye.mutiny.Uni;

/**
 * What every REST record resource does, so that a resource is only its paths and types: list,
 * get, create (with Idempotency-Key), replace and merge-patch (with If-Match), delete, batch.
 */
@ApplicationScoped
public class RecordEndpoints {

    private final RestResponses responses;
    private final Idempotency idempotency;
    private final CrmConfig config;

    RecordEndpoints(RestResponses responses, Idempotency idempotency, CrmConfig config) {
        this.responses = responses;
        this.idempotency = idempotency;
        this.config = config;
    }

    public Uni<Response> list(RecordService<?, ?, ?> service, ListParams params, UriInfo uri, HqlFragment scope) {
        Set<String> fields = selection(service, params.fields);
        return service.list(params.toQuery(service.queryFields(), config.lists()), scope)
                .map(page -> responses.page(page, uri, fields));
    }

    public Uni<Response> get(RecordService<?, ?, ?> service, UUID id, String fieldsParam) {
        Set<String> fields = selection(service, fieldsParam);
        return service.get(id).map(view -> responses.ok(view, fields));
    }

    public <I> Uni<Response> create(RecordService<?, I, ?> service, I input, String idempotencyKey, UriInfo uri) {
        requireBody(input);
        Set<String> fields = selection(service, null);
        return idempotency.run(idempotencyKey, input,
                () -> service.create(input).map(view -> responses.created(uri, view, fields)));
    }

    public <I> Uni<Response> replace(RecordService<?, I, ?> service, UUID id, I input, String ifMatch) {
        requireBody(input);
        Set<String> fields = selection(service, null);
        return service.replace(id, input, RestResponses.ifMatch(ifMatch)).map(view -> responses.ok(view, fields));
    }

    public Uni<Response> patch(RecordService<?, ?, ?> service, UUID id, JsonNode patch, String ifMatch) {
        requireBody(patch);
        Set<String> fields = selection(service, null);
        return service.patch(id, patch, RestResponses.ifMatch(ifMatch)).map(view -> responses.ok(view, fields));
    }

    public Uni<Response> delete(RecordService<?, ?, ?> service, UUID id, String ifMatch,
            RecordService.DeleteOptions options) {
        return service.delete(id, RestResponses.ifMatch(ifMatch), options).map(ignored -> Response.noContent().build());
    }

    public Uni<Response> transfer(RecordService<?, ?, ?> service, UUID id, TransferRequest request, String ifMatch) {
        requireBody(request);
        Set<String> fields = selection(service, null);
        return service.transfer(id, request.ownerId(), RestResponses.ifMatch(ifMatch))
                .map(view -> responses.ok(view, fields));
    }

    public Uni<Response> batch(RecordService<?, ?, ?> service, BatchRequest request, String idempotencyKey) {
        requireBody(request);
        Set<String> fields = selection(service, null);
        return idempotency.run(idempotencyKey, request, () -> service.batch(request.items())
                .map(items -> Response.ok(new BatchResponse(responses.select(items, fields))).build()));
    }

    /**
     * 200 with a record a feature-specific operation (a sub-resource write) answered, the same way
     * the generic operations answer it: the caller's visible fields and the version as ETag.
     */
    public Uni<Response> ok(RecordService<?, ?, ?> service, Uni<? extends Versioned> view) {
        Set<String> fields = selection(service, null);
        return view.map(found -> responses.ok(found, fields));
    }

    /**
     * The fields a response carries: those asked for in {@code fields} (all when absent), never one
     * hidden from the caller's role.
     */
    private static Set<String> selection(RecordService<?, ?, ?> service, String fieldsParam) {
        Set<String> hidden = service.fieldPolicy().hidden();
        Set<String> allowed = new LinkedHashSet<>(service.viewFields());
        allowed.removeAll(hidden);
        return FieldSelection.parse(fieldsParam, allowed, hidden);
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ApiProblem.validation("A JSON request body is required", List.of());
        }
    }

    /** {@code {"items":[…]}}: creates (no {@code id}) and merge-patch updates (with {@code id}). */
    public record BatchRequest(List<JsonNode> items) {
    }

    /** {@code {"ownerId": "…"}}: the user who owns the record from now on. */
    public record TransferRequest(UUID ownerId) {
    }

    /** The batch's results in request order. */
    public record BatchResponse(List<?> items) {
    }

    /** Delete options from query parameters. */
    public static RecordService.DeleteOptions deleteOptions(String cascade) {
        if (cascade != null && !cascade.equals("detach")) {
            throw ApiProblem.invalidField("cascade", "cascade may only be 'detach'");
        }
        return new RecordService.DeleteOptions(cascade == null ? Map.of() : Map.of("cascade", cascade));
    }
}
