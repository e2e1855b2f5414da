package io.quintet.crm.platform.error;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Client-safe descriptions of Jackson failures: the JSON path and what was expected, no class names. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** The client error a JSON body failure stands for, naming the field at fault. */
    public static ApiProblem toProblem(JsonProcessingException e) {
        JsonParseException malformed = malformed(e);
        if (malformed != null) {
            return ApiProblem.validation("Malformed JSON: " + describe(malformed), java.util.List.of());
        }
        String field = path(e);
        if (e instanceof UnrecognizedPropertyException) {
            return ApiProblem.invalidField(field, "Unknown field '" + field + "'");
        }
        return ApiProblem.invalidField(field, describe(e));
    }

    /** The syntax error behind a failure; databind wraps one met while reading a field (e.g. the body ends). */
    private static JsonParseException malformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException parse) {
                return parse;
            }
        }
        return null;
    }

    static String path(JsonProcessingException e) {
        if (e instanceof StreamReadException read && read.getProcessor() != null) {
            // A value the parser itself refused (e.g. a number out of range) carries no mapping path.
            return parserPath(read.getProcessor().getParsingContext());
        }
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "body";
        }
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** The JSON path of where a parser stands, e.g. {@code annualRevenue.amount} or {@code tags[2]}. */
    private static String parserPath(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "body" : path;
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType());
        }
        String message = e.getOriginalMessage();
        if (message == null) {
            return "unreadable JSON";
        }
        // Jackson messages can name Java types; keep only the first sentence and strip class names.
        String first = message.split("\n")[0];
        return first.replaceAll("(`?)[a-z]+(\\.[a-zA-Z0-9_$]+)+(`?)", "value");
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder values = new StringBuilder();
            for (Object constant : constants) {
                // JSON enums are written in lower case (ApiEnums), so name them that way.
                values.append(values.length() == 0 ? "" : ", ").append(constant.toString().toLowerCase(Locale.ROOT));
            }
            return "one of: " + values;
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time";
        }
        return "a JSON object";
    }
}
