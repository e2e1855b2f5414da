package io.quintet.crm.platform.error;

import java.util.List;

import io.smallrye.graphql.api.ErrorCode;

/**
 * An error a client caused and can fix. REST renders it as RFC 9457 problem+json, GraphQL as an
 * error whose {@code extensions.code} comes from its {@link ProblemKind}.
 *
 * <p>Its message is the problem's {@code detail} and is shown to clients, so it never carries
 * internals. Create one through the constructor or factories: each kind is thrown as a nested
 * subclass because SmallRye GraphQL reads {@code extensions.code} from the exception's class.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemKind kind;
    private final List<FieldError> errors;

    private ApiProblem(ProblemKind kind, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem of(ProblemKind kind, String detail, List<FieldError> errors) {
        return switch (kind.graphQLCode()) {
            case "VALIDATION" -> new Validation(kind, detail, errors);
            case "UNAUTHENTICATED" -> new Unauthenticated(kind, detail, errors);
            case "FORBIDDEN" -> new Forbidden(kind, detail, errors);
            case "NOT_FOUND" -> new NotFound(kind, detail, errors);
            case "CONFLICT" -> new Conflict(kind, detail, errors);
            case "RATE_LIMITED" -> new RateLimited(kind, detail, errors);
            default -> new ApiProblem(kind, detail, errors);
        };
    }

    public static ApiProblem of(ProblemKind kind, String detail) {
        return of(kind, detail, List.of());
    }

    public static ApiProblem validation(String detail, List<FieldError> errors) {
        return of(ProblemKind.VALIDATION, detail, errors);
    }

    public static ApiProblem invalidField(String field, String message) {
        return validation(message, List.of(new FieldError(field, message)));
    }

    public static ApiProblem notFound(String objectName, Object id) {
        return of(ProblemKind.NOT_FOUND, "No " + objectName + " with id " + id);
    }

    public static ApiProblem conflict(String detail) {
        return of(ProblemKind.CONFLICT, detail);
    }

    public static ApiProblem staleVersion(long expected, long actual) {
        return ApiProblem.of(ProblemKind.PRECONDITION_FAILED,
                "The record is at version " + actual + ", not " + expected + "; read it again and retry");
    }

    public static ApiProblem forbidden(String detail) {
        return of(ProblemKind.FORBIDDEN, detail);
    }

    /** A 403 about one field of the request, named in the problem's {@code errors}. */
    public static ApiProblem forbiddenField(String field, String message) {
        return of(ProblemKind.FORBIDDEN, message, List.of(new FieldError(field, message)));
    }

    public static ApiProblem unauthenticated(String detail) {
        return of(ProblemKind.UNAUTHENTICATED, detail);
    }

    public ProblemKind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The same problem about a nested part of the input: its field errors named under {@code parent}. */
    public ApiProblem under(String parent) {
        return errors.isEmpty() ? this : of(kind, getMessage(), errors.stream().map(e -> e.under(parent)).toList());
    }

    /** The same problem with its field errors tagged with a batch item's index. */
    public ApiProblem atIndex(int index) {
        List<FieldError> indexed = errors.isEmpty()
                ? List.of(new FieldError(null, getMessage(), index))
                : errors.stream().map(e -> e.atIndex(index)).toList();
        return of(kind, "Item " + index + ": " + getMessage(), indexed);
    }

    @ErrorCode("VALIDATION")
    static final class Validation extends ApiProblem {
        Validation(ProblemKind kind, String detail, List<FieldError> errors) {
            super(kind, detail, errors);
        }
    }

    @ErrorCode("UNAUTHENTICATED")
    static final class Unauthenticated extends ApiProblem {
        Unauthenticated(ProblemKind kind, String detail, List<FieldError> errors) {
            super(kind, detail, errors);
        }
    }

    @ErrorCode("FORBIDDEN")
    static final class Forbidden extends ApiProblem {
        Forbidden(ProblemKind kind, String detail, List<FieldError> errors) {
            super(kind, detail, errors);
        }
    }

    @ErrorCode("NOT_FOUND")
    static final class NotFound extends ApiProblem {
        NotFound(ProblemKind kind, String detail, List<FieldError> errors) {
            super(kind, detail, errors);
        }
    }

    @ErrorCode("CONFLICT")
    static final class Conflict extends ApiProblem {
        Conflict(ProblemKind kind, String detail, List<FieldError> errors) {
            super(kind, detail, errors);
        }
    }

    @ErrorCode("RATE_LIMITED")
    static final class RateLimited extends ApiProblem {
        RateLimited(ProblemKind kind, String detail, List<FieldError> errors) {
            super(kind, detail, errors);
        }
    }
}
