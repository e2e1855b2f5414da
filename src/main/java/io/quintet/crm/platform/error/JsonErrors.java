package io.quintet.crm.platform.error;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Client-safe descriptions of Jackson failures: the JSON path and what was expected, no class names. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** The client error a JSON body failure stands for, naming the field at fault. */
    public static ApiProblem toProblem(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return ApiProblem.validation("Malformed JSON: " + describe(e), java.util.List.of());
        }
        String field = path(e);
        if (e instanceof UnrecognizedPropertyException) {
            return ApiProblem.invalidField(field, "Unknown field '" + field + "'");
        }
        return ApiProblem.invalidField(field, describe(e));
    }

    static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "body";
        }
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
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
                values.append(values.length() == 0 ? "" : ", ").append(constant.toString());
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
