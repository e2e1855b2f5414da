package io.quintet.crm.platform.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quintet.crm.platform.config.CrmConfig;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses bodies over the limit of their endpoint before reading them: 1 MiB in general, 5 MiB for
 * batch endpoints. Bodies without a {@code Content-Length} are held to the HTTP server's overall
 * limit ({@code quarkus.http.limits.max-body-size}), which answers 413 as well.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final HttpProblemWriter problems;
    private final CrmConfig config;

    BodyLimitFilter(HttpProblemWriter problems, CrmConfig config) {
        this.problems = problems;
        this.config = config;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null) {
            long limit = context.normalizedPath().endsWith("/batch")
                    ? config.bodyLimits().batch().asLongValue() : config.bodyLimits().standard().asLongValue();
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared > limit) {
                context.response().putHeader("Connection", "close");
                problems.write(context, ApiProblem.of(ProblemKind.PAYLOAD_TOO_LARGE,
                        "The body is " + declared + " bytes; this endpoint accepts at most " + limit));
                return;
            }
        }
        context.next();
    }
}
