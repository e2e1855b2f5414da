package io.quintet.crm.platform.error;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Renders failures that happen outside REST and GraphQL (token verification, body limits, route
 * handlers) as problem+json, so that no client ever sees a stack trace or a bare status.
 */
@ApplicationScoped
public class HttpFailureHandler {

    private static final Logger LOG = Logger.getLogger(HttpFailureHandler.class);

    private final HttpProblemWriter problems;

    HttpFailureHandler(HttpProblemWriter problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::render);
    }

    private void render(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        int status = context.statusCode();
        if (context.failure() instanceof AuthenticationFailedException || status == 401) {
            problems.write(context, ApiProblem.unauthenticated("The bearer token is invalid or has expired"));
        } else if (status == 413) {
            problems.write(context, ApiProblem.of(ProblemKind.PAYLOAD_TOO_LARGE,
                    "The request body is larger than this endpoint accepts"));
        } else if (status >= 400 && status < 500) {
            String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
            problems.writeStatus(context, status, "http-" + status, reason, reason);
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(context.failure(), "Unexpected failure %s on %s", reference, context.normalizedPath());
            problems.writeStatus(context, 500, "internal", "Internal error",
                    "The service failed to handle this request; quote reference " + reference);
        }
    }
}
