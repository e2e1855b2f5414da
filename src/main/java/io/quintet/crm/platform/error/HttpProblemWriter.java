package io.quintet.crm.platform.error;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;

/**
 * Writes an {@link ApiProblem} straight to a Vert.x response, for the layers in front of REST and
 * GraphQL (authentication, body limits). GraphQL paths get a GraphQL-shaped body with the same
 * status so GraphQL clients can read {@code extensions.code}.
 */
@ApplicationScoped
public class HttpProblemWriter {

    private final ObjectMapper json;

    HttpProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    /** A problem with a status of no {@link ProblemKind} of ours, such as a 500 or a 405. */
    public void writeStatus(RoutingContext context, int status, String slug, String title, String detail) {
        ProblemDocument document = ProblemDocument.ofStatus(status, slug, title, detail, context.normalizedPath());
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", ProblemDocument.MEDIA_TYPE)
                    .end(json.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(RoutingContext context, ApiProblem problem) {
        if (context.response().ended()) {
            return;
        }
        String path = context.normalizedPath();
        boolean graphQL = path != null && path.startsWith("/graphql");
        Object body = graphQL
                ? Map.of("errors", List.of(Map.of("message", problem.getMessage(),
                        "extensions", Map.of("code", problem.kind().graphQLCode()))))
                : ProblemDocument.of(problem, path);
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = context.response().setStatusCode(problem.kind().status())
                .putHeader("Content-Type", graphQL ? "application/json" : ProblemDocument.MEDIA_TYPE);
        if (problem.kind() == ProblemKind.UNAUTHENTICATED) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        response.end(text);
    }
}
