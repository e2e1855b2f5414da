package io.quintet.crm.platform.error;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import io.quintet.crm.platform.query.QueryException;
import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Sets GraphQL {@code extensions.code} from an {@link ApiProblem}'s kind (a bad filter or cursor is VALIDATION). */
public class ProblemCodeExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "code";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof ApiProblem problem) {
            return Json.createValue(problem.kind().graphQLCode());
        }
        if (exception instanceof QueryException) {
            return Json.createValue(ProblemKind.VALIDATION.graphQLCode());
        }
        return Json.createValue("INTERNAL");
    }
}
