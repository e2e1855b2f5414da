package io.quintet.crm.security;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.quintet.crm.testsupport.Json;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation the running service offers, read from what it serves rather than listed by hand,
 * so that a new endpoint or GraphQL field joins the security matrices by itself: the REST operations
 * under {@code /api/} from its OpenAPI document, the GraphQL root fields from introspection.
 */
final class ApiSurface {

    /** Matches a path parameter such as {@code {id}}. */
    private static final String PATH_PARAMETER = "\\{[^}]+}";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String INTROSPECTION = """
            { __schema { queryType { name } mutationType { name }
                types { kind name enumValues { name } inputFields { name type { ...TypeRef } }
                  fields { name args { name type { ...TypeRef } } type { ...TypeRef } } } } }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """;

    private ApiSurface() {
    }

    /**
     * One REST operation: a method on a path template, the media type of its body if it takes one, and
     * the properties of that body that hold ids.
     */
    record RestOperation(String method, String path, String bodyMediaType, List<String> idProperties) {

        /** Whether the path names one record ({@code /api/v1/accounts/{id}…}). */
        boolean onRecord() {
            return path.matches(".*" + PATH_PARAMETER + ".*");
        }

        /** The collection the path starts with, e.g. {@code accounts} for {@code /api/v1/accounts/{id}/transfer}. */
        String collection() {
            return path.replaceFirst("^/api/v\\d+/", "").split("/")[0];
        }

        /** Sends the operation with {@code id} in every path parameter and {@code {}} as the body where one is taken. */
        Response send(RequestSpecification request, String id) {
            return send(request, id, Map.of());
        }

        /** Sends the operation with {@code id} in every path parameter and {@code body} where one is taken. */
        Response send(RequestSpecification request, String id, Map<String, Object> body) {
            if (bodyMediaType != null) {
                request.contentType(bodyMediaType).body(Json.write(body));
            }
            return request.when().request(method, path.replaceAll(PATH_PARAMETER, id));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One GraphQL root field and the types needed to write a minimal, valid document for it. */
    record GraphQLOperation(String operationType, String field, List<Argument> arguments, boolean needsSelection,
            Map<String, JsonNode> types) {

        /** An argument of the field and its type reference (introspection's {@code __Type} shape). */
        record Argument(String name, JsonNode type) {
        }

        /** The document with every required argument given a dummy value of its type. */
        String document() {
            return document(Map.of());
        }

        /** The document with the given literal values for some arguments and dummies for the other required ones. */
        String document(Map<String, String> literals) {
            List<String> given = new ArrayList<>();
            for (Argument argument : arguments) {
                String literal = literals.get(argument.name());
                if (literal != null) {
                    given.add(argument.name() + ": " + literal);
                } else if ("NON_NULL".equals(argument.type().path("kind").asText())) {
                    given.add(argument.name() + ": " + dummy(argument.type()));
                }
            }
            String call = field + (given.isEmpty() ? "" : "(" + String.join(", ", given) + ")");
            return operationType + " { " + call + (needsSelection ? " { __typename }" : "") + " }";
        }

        /** Whether the field takes an argument {@code id} of type {@code ID!}. */
        boolean takesRecordId() {
            return arguments.stream().anyMatch(a -> a.name().equals("id")
                    && "NON_NULL".equals(a.type().path("kind").asText())
                    && "ID".equals(a.type().path("ofType").path("name").asText()));
        }

        Response send(RequestSpecification request, String document) {
            return request.contentType(ContentType.JSON).body(Map.of("query", document)).when().post("/graphql");
        }

        @Override
        public String toString() {
            return operationType + " " + field;
        }

        private String dummy(JsonNode type) {
            String kind = type.path("kind").asText();
            String name = type.path("name").asText();
            return switch (kind) {
                case "NON_NULL" -> dummy(type.path("ofType"));
                case "LIST" -> "[" + dummy(type.path("ofType")) + "]";
                case "ENUM" -> types.get(name).path("enumValues").path(0).path("name").asText();
                case "INPUT_OBJECT" -> requiredInputFields(name);
                default -> scalar(name);
            };
        }

        private String requiredInputFields(String typeName) {
            List<String> fields = new ArrayList<>();
            for (JsonNode field : types.get(typeName).path("inputFields")) {
                if ("NON_NULL".equals(field.path("type").path("kind").asText())) {
                    fields.add(field.path("name").asText() + ": " + dummy(field.path("type")));
                }
            }
            return "{" + String.join(", ", fields) + "}";
        }

        private static String scalar(String name) {
            return switch (name) {
                case "ID" -> "\"" + UUID.randomUUID() + "\"";
                case "Int", "Long", "BigInteger", "BigDecimal" -> "1";
                case "Float" -> "1.5";
                case "Boolean" -> "true";
                case "DateTime" -> "\"2026-01-01T00:00:00Z\"";
                case "Date" -> "\"2026-01-01\"";
                default -> "\"x\"";
            };
        }
    }

    /** Every method on every {@code /api/} path of the served OpenAPI document, in a stable order. */
    static List<RestOperation> rest() {
        JsonNode document = Json.read(given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        List<RestOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!method.getValue().isObject() || !method.getValue().has("responses")) {
                    continue;
                }
                JsonNode content = method.getValue().path("requestBody").path("content");
                String mediaType = bodyMediaType(content);
                List<String> ids = mediaType == null ? List.of()
                        : idProperties(schema(document, content.path(mediaType).path("schema")));
                operations.add(new RestOperation(method.getKey().toUpperCase(), path.getKey(), mediaType, ids));
            }
        }
        operations.sort(Comparator.comparing(RestOperation::toString));
        return operations;
    }

    /** Every field of the Query and Mutation types, from introspection (which itself needs a valid token). */
    static List<GraphQLOperation> graphQL(RequestSpecification authorised) {
        JsonNode schema = Json.read(authorised.contentType(ContentType.JSON).body(Map.of("query", INTROSPECTION))
                .when().post("/graphql").then().statusCode(200).extract().asString()).path("data").path("__schema");
        Map<String, JsonNode> types = new HashMap<>();
        schema.path("types").forEach(type -> types.put(type.path("name").asText(), type));
        List<GraphQLOperation> operations = new ArrayList<>();
        addFields(operations, "query", types.get(schema.path("queryType").path("name").asText()), types);
        if (!schema.path("mutationType").isNull()) {
            addFields(operations, "mutation", types.get(schema.path("mutationType").path("name").asText()), types);
        }
        return operations;
    }

    /** Offenders as one message, one per line, so a single run shows every gap. */
    static String report(String heading, List<String> offenders) {
        return heading + " (" + offenders.size() + "):\n" + offenders.stream().collect(Collectors.joining("\n"));
    }

    private static void addFields(List<GraphQLOperation> operations, String operationType, JsonNode root,
            Map<String, JsonNode> types) {
        for (JsonNode field : root.path("fields")) {
            List<GraphQLOperation.Argument> arguments = new ArrayList<>();
            field.path("args").forEach(arg -> arguments.add(new GraphQLOperation.Argument(arg.path("name").asText(),
                    arg.path("type"))));
            String kind = namedType(field.path("type")).path("kind").asText();
            boolean needsSelection = kind.equals("OBJECT") || kind.equals("INTERFACE") || kind.equals("UNION");
            operations.add(new GraphQLOperation(operationType, field.path("name").asText(), arguments, needsSelection,
                    types));
        }
    }

    private static JsonNode namedType(JsonNode type) {
        JsonNode current = type;
        while (current.path("kind").asText().equals("NON_NULL") || current.path("kind").asText().equals("LIST")) {
            current = current.path("ofType");
        }
        return current;
    }

    /** A schema, with a {@code $ref} to the document's components followed. */
    private static JsonNode schema(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/")
                ? document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }

    /** The properties of an object schema that are UUIDs. */
    private static List<String> idProperties(JsonNode schema) {
        List<String> ids = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (property.getValue().path("$ref").asText().endsWith("/UUID")
                    || "uuid".equals(property.getValue().path("format").asText())) {
                ids.add(property.getKey());
            }
        }
        return ids;
    }

    /** JSON Merge Patch where the operation takes it (PATCH), else JSON; null when it takes no body. */
    private static String bodyMediaType(JsonNode content) {
        if (content.isMissingNode() || content.isEmpty()) {
            return null;
        }
        return content.has(MERGE_PATCH) ? MERGE_PATCH : ContentType.JSON.toString();
    }
}
