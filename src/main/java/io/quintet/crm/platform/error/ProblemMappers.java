package io.quintet.crm.platform.error;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quintet.crm.platform.query.QueryException;

/**
 * Turns every failure of a REST call into RFC 9457 problem+json. Client mistakes get a 4xx that
 * says what to fix; anything unexpected is a 500 whose body carries only a reference id, the
 * details going to the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response query(QueryException e, UriInfo uri) {
        return respond(ApiProblem.invalidField(e.field() == null ? e.parameter() : e.field(), e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(JsonErrors.toProblem(e), uri);
    }

    /**
     * Wrong types, unknown fields and bad enum values in a body. Declared for the exact type because
     * Quarkus REST ships a mapper for it (a non-RFC 9457 body in dev and test, an empty 400 in prod)
     * that would otherwise win over {@link #json}.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(FieldPaths.fromPropertyPath(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return respond(ApiProblem.validation(detail, errors), uri);
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return respond(ApiProblem.of(ProblemKind.PRECONDITION_FAILED,
                "The record was changed by someone else; read it again and retry"), uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return staleWrite(null, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return respond(ApiProblem.unauthenticated("A valid bearer token is required"), uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(null, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ApiProblem.forbidden("The caller may not do this"), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(ApiProblem.of(ProblemKind.NOT_FOUND, "No resource at " + uri.getPath()), uri);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response original = e.getResponse();
        return Response.fromResponse(problem(ProblemDocument.ofStatus(405, "method-not-allowed", "Method not allowed",
                "Allowed methods: " + String.join(", ", original.getAllowedMethods()), uri.getPath()))).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return respond(ApiProblem.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                "Send JSON (application/json; PATCH also takes application/merge-patch+json)"), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        // Quarkus REST wraps body parse failures (malformed JSON, numbers out of range) in a bare 400.
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return problem(ProblemDocument.ofStatus(status, "http-" + status, reason, reason, uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        ApiProblem translated = DatabaseErrors.translate(e);
        if (translated != null) {
            return respond(translated, uri);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, uri.getPath());
        return problem(ProblemDocument.ofStatus(500, "internal", "Internal error",
                "The service failed to handle this request; quote reference " + reference, uri.getPath()));
    }

    private static Response respond(ApiProblem problem, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(problem.kind().status())
                .type(ProblemDocument.MEDIA_TYPE)
                .entity(ProblemDocument.of(problem, uri.getPath()));
        if (problem.kind() == ProblemKind.UNAUTHENTICATED) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }

    private static Response problem(ProblemDocument document) {
        return Response.status(document.status()).type(ProblemDocument.MEDIA_TYPE).entity(document).build();
    }
}
