package io.quintet.crm.platform.error;

import java.util.List;

/**
 * An error a client caused and can fix. REST renders it as RFC 9457 problem+json, GraphQL as an
 * error whose {@code extensions.code} comes from its {@link ProblemKind}.
 *
 * <p>Its message is the problem's {@code detail} and is shown to clients, so it never carries
 * internals.
 */
public final class ApiProblem extends RuntimeException {

    private final ProblemKind kind;
    private final List<FieldError> errors;

    public ApiProblem(ProblemKind kind, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public ApiProblem(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    public static ApiProblem validation(String detail, List<FieldError> errors) {
        return new ApiProblem(ProblemKind.VALIDATION, detail, errors);
    }

    public static ApiProblem invalidField(String field, String message) {
        return validation(message, List.of(new FieldError(field, message)));
    }

    public static ApiProblem notFound(String objectName, Object id) {
        return new ApiProblem(ProblemKind.NOT_FOUND, "No " + objectName + " with id " + id);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(ProblemKind.CONFLICT, detail);
    }

    public static ApiProblem staleVersion(long expected, long actual) {
        return new ApiProblem(ProblemKind.PRECONDITION_FAILED,
                "The record is at version " + actual + ", not " + expected + "; read it again and retry");
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(ProblemKind.FORBIDDEN, detail);
    }

    public static ApiProblem unauthenticated(String detail) {
        return new ApiProblem(ProblemKind.UNAUTHENTICATED, detail);
    }

    public ProblemKind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The same problem with its field errors tagged with a batch item's index. */
    public ApiProblem atIndex(int index) {
        List<FieldError> indexed = errors.isEmpty()
                ? List.of(new FieldError(null, getMessage(), index))
                : errors.stream().map(e -> e.atIndex(index)).toList();
        return new ApiProblem(kind, "Item " + index + ": " + getMessage(), indexed);
    }
}
