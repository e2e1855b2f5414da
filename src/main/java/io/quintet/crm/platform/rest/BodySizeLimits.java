package io.quintet.crm.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.HttpProblemWriter;
import io.quintet.crm.platform.error.ProblemKind;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Holds request bodies to 1 MiB, and batch requests ({@code …/batch}) to 5 MiB (both configurable,
 * {@code crm.body-limits.*}), answering a larger
 * declared {@code Content-Length} with a 413 problem before anything reads the body.
 *
 * <p>It runs before Quarkus's own limit ({@code quarkus.http.limits.max-body-size}, the batch size),
 * which answers with an empty body. Bodies sent without a length (chunked) are still held to that
 * global limit by Quarkus. A client that sends its whole body before reading the answer (most do,
 * unless they send {@code Expect: 100-continue}) would see a broken connection rather than the 413 if
 * the connection closed under it, so a moderately large body is read and discarded first.
 */
@ApplicationScoped
public class BodySizeLimits {

    /** Beyond this, the body is not read to the end: the connection is closed after the answer. */
    private static final long MAX_DISCARDED = 64L * 1024 * 1024;

    private final HttpProblemWriter problems;
    private final long maxBody;
    private final long maxBatchBody;

    BodySizeLimits(HttpProblemWriter problems, CrmConfig config) {
        this.problems = problems;
        this.maxBody = config.bodyLimits().standard().asLongValue();
        this.maxBatchBody = config.bodyLimits().batch().asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        long declared = declaredLength(request.getHeader(HttpHeaders.CONTENT_LENGTH));
        String path = context.normalizedPath();
        long limit = path != null && path.endsWith("/batch") ? maxBatchBody : maxBody;
        if (declared <= limit) {
            context.next();
            return;
        }
        ApiProblem tooLarge = ApiProblem.of(ProblemKind.PAYLOAD_TOO_LARGE, "The request body has " + declared
                + " bytes; this endpoint accepts at most " + limit + " bytes (" + limit / (1024 * 1024) + " MiB)"
                + (limit == maxBody ? "; send many records through the batch endpoint" : ""));
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        boolean expectsContinue = "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT));
        if (expectsContinue || declared > MAX_DISCARDED) {
            context.response().endHandler(ended -> request.connection().close());
            problems.write(context, tooLarge);
            return;
        }
        request.handler(discarded -> {
        });
        request.endHandler(end -> problems.write(context, tooLarge));
        request.exceptionHandler(failure -> request.connection().close());
        request.resume();
    }

    /** The declared length, or -1 when there is none (or it is not a number, which Vert.x refuses itself). */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
