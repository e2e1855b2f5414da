package io.quintet.crm.platform.rest;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.Versioned;
import io.quintet.crm.platform.error.ApiProblem;
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

    public <V extends Versioned> Uni<Response> list(RecordService<?, ?, V> service, Class<V> viewType,
            ListParams params, UriInfo uri, HqlFragment scope) {
        Set<String> fields = params.selection(fieldNames(viewType));
        return service.list(params.toQuery(service.queryFields(), config.lists()), scope)
                .map(page -> responses.page(page, uri, fields));
    }

    public <V extends Versioned> Uni<Response> get(RecordService<?, ?, V> service, Class<V> viewType, UUID id,
            String fieldsParam) {
        ListParams params = new ListParams();
        params.fields = fieldsParam;
        Set<String> fields = params.selection(fieldNames(viewType));
        return service.get(id).map(view -> responses.ok(view, fields));
    }

    public <I, V extends Versioned> Uni<Response> create(RecordService<?, I, V> service, I input, String idempotencyKey,
            UriInfo uri) {
        requireBody(input);
        return idempotency.run(idempotencyKey, input,
                () -> service.create(input).map(view -> responses.created(uri, view)));
    }

    public <I, V extends Versioned> Uni<Response> replace(RecordService<?, I, V> service, UUID id, I input,
            String ifMatch) {
        requireBody(input);
        return service.replace(id, input, RestResponses.ifMatch(ifMatch)).map(view -> responses.ok(view, null));
    }

    public <V extends Versioned> Uni<Response> patch(RecordService<?, ?, V> service, UUID id, JsonNode patch,
            String ifMatch) {
        requireBody(patch);
        return service.patch(id, patch, RestResponses.ifMatch(ifMatch)).map(view -> responses.ok(view, null));
    }

    public Uni<Response> delete(RecordService<?, ?, ?> service, UUID id, String ifMatch,
            RecordService.DeleteOptions options) {
        return service.delete(id, RestResponses.ifMatch(ifMatch), options).map(ignored -> Response.noContent().build());
    }

    public <V extends Versioned> Uni<Response> transfer(RecordService<?, ?, V> service, UUID id, TransferRequest request,
            String ifMatch) {
        requireBody(request);
        return service.transfer(id, request.ownerId(), RestResponses.ifMatch(ifMatch))
                .map(view -> responses.ok(view, null));
    }

    public <V extends Versioned> Uni<Response> batch(RecordService<?, ?, V> service, BatchRequest request,
            String idempotencyKey) {
        requireBody(request);
        return idempotency.run(idempotencyKey, request,
                () -> service.batch(request.items()).map(items -> Response.ok(new BatchResponse<>(items)).build()));
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ApiProblem.validation("A JSON request body is required", List.of());
        }
    }

    private static Set<String> fieldNames(Class<?> viewType) {
        return Arrays.stream(viewType.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** {@code {"items":[…]}}: creates (no {@code id}) and merge-patch updates (with {@code id}). */
    public record BatchRequest(List<JsonNode> items) {
    }

    /** {@code {"ownerId": "…"}}: the user who owns the record from now on. */
    public record TransferRequest(UUID ownerId) {
    }

    /** The batch's results in request order. */
    public record BatchResponse<V>(List<V> items) {
    }

    /** Delete options from query parameters. */
    public static RecordService.DeleteOptions deleteOptions(String cascade) {
        if (cascade != null && !cascade.equals("detach")) {
            throw ApiProblem.invalidField("cascade", "cascade may only be 'detach'");
        }
        return new RecordService.DeleteOptions(cascade == null ? Map.of() : Map.of("cascade", cascade));
    }
}
