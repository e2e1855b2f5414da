package io.quintet.crm.platform.error;

/** The kinds of client error the API reports: HTTP status, problem title and GraphQL code. */
public enum ProblemKind {
    /** Malformed request or a broken field rule. */
    VALIDATION(400, "validation", "Invalid request", "VALIDATION"),
    /** No valid bearer token or client credentials. */
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required", "UNAUTHENTICATED"),
    /** The caller is known but may not do this. */
    FORBIDDEN(403, "forbidden", "Forbidden", "FORBIDDEN"),
    /** No such record, or one the caller may not see (never 403, which would confirm it exists). */
    NOT_FOUND(404, "not-found", "Not found", "NOT_FOUND"),
    /** The request conflicts with the current state, e.g. a duplicate email. */
    CONFLICT(409, "conflict", "Conflict", "CONFLICT"),
    /** The record changed since the version the client named. */
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed", "CONFLICT"),
    /** The body is larger than the endpoint accepts. */
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large", "VALIDATION"),
    /** The media type is not one the endpoint reads. */
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type", "VALIDATION"),
    /** Well-formed but unusable, e.g. an idempotency key reused with another body. */
    UNPROCESSABLE(422, "unprocessable", "Unprocessable request", "VALIDATION"),
    /** The caller sent too many requests. */
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests", "RATE_LIMITED");

    private final int status;
    private final String slug;
    private final String title;
    private final String graphQLCode;

    ProblemKind(int status, String slug, String title, String graphQLCode) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.graphQLCode = graphQLCode;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String graphQLCode() {
        return graphQLCode;
    }
}
