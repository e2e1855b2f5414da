package io.quintet.crm.platform.error;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import io.quintet.crm.platform.query.QueryException;
import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Adds {@code extensions.errors}: the same {@code {field, message}} list a REST problem carries. */
public class ProblemFieldErrorsExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "errors";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        if (exception instanceof ApiProblem problem) {
            for (FieldError error : problem.errors()) {
                JsonObjectBuilder item = Json.createObjectBuilder().add("message", error.message());
                if (error.field() != null) {
                    item.add("field", error.field());
                }
                if (error.index() != null) {
                    item.add("index", error.index());
                }
                errors.add(item);
            }
        } else if (exception instanceof QueryException query) {
            errors.add(Json.createObjectBuilder().add("field", query.field() == null ? query.parameter() : query.field())
                    .add("message", query.getMessage()));
        }
        return errors.build();
    }
}
