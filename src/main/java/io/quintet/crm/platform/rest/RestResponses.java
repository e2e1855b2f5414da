package io.quintet.crm.platform.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quintet.crm.platform.crud.Page;
import io.quintet.crm.platform.crud.Versioned;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.query.FieldSelection;

/**
 * Builds the REST answers every resource gives the same way: ETags from versions, 201 with
 * {@code Location}, list envelopes with {@code Link} headers, and sparse fieldsets.
 */
@ApplicationScoped
public class RestResponses {

    private final ObjectMapper json;
    /**
     * Per view type, its number of fields when Jackson writes exactly its record components (else -1): a
     * selection of that many fields is the whole view, written directly instead of through a JSON tree.
     */
    private final ClassValue<Integer> wholeViewSize = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return -1;
            }
            @SuppressWarnings("unchecked")
            Set<String> components = FieldSelection.fieldsOf((Class<? extends Record>) type);
            Set<String> written = json.getSerializationConfig().introspect(json.constructType(type)).findProperties()
                    .stream().map(BeanPropertyDefinition::getName).collect(Collectors.toSet());
            return written.equals(components) ? components.size() : -1;
        }
    };

    RestResponses(ObjectMapper json) {
        this.json = json;
    }

    /** The version an {@code If-Match} header names, or null when absent or {@code *}. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField("If-Match", "If-Match must be an ETag this API returned, e.g. \"3\"");
        }
    }

    /** 200 with the view's {@code fields} and its version as ETag. */
    public Response ok(Versioned view, Set<String> fields) {
        return Response.ok(select(view, fields)).tag(new EntityTag(String.valueOf(view.version())))
                .build();
    }

    /** 201 with {@code Location}, the view's {@code fields} and its version as ETag. */
    public Response created(UriInfo uri, Versioned view, Set<String> fields) {
        URI location = uri.getAbsolutePathBuilder().path(view.id().toString()).build();
        return Response.created(location).entity(select(view, fields))
                .tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    public Response page(Page<?> page, UriInfo uri, Set<String> fields) {
        Response.ResponseBuilder response = Response.ok(
                new PageBody(select(page.items(), fields), new PageBody.PageInfo(page.nextCursor(), page.hasMore())));
        if (page.hasMore()) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }

    /** The views, to be written as JSON with only {@code fields}. */
    public List<Object> select(List<?> views, Set<String> fields) {
        return views.stream().map(view -> select(view, fields)).toList();
    }

    private Object select(Object view, Set<String> fields) {
        if (fields.size() == wholeViewSize.get(view.getClass())) {
            return view;
        }
        ObjectNode node = json.valueToTree(view);
        node.retain(fields);
        return node;
    }
}
