package io.quintet.crm.platform.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The RFC 9457 {@code application/problem+json} body, with an {@code errors} extension for field errors. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDocument(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://quintet-crm.dev/problems/";

    public static ProblemDocument of(ApiProblem problem, String instance) {
        ProblemKind kind = problem.kind();
        return new ProblemDocument(TYPE_BASE + kind.slug(), kind.title(), kind.status(), problem.getMessage(),
                instance, problem.errors());
    }

    /** For errors with no {@link ProblemKind} of ours, such as an unexpected 500. */
    public static ProblemDocument ofStatus(int status, String slug, String title, String detail, String instance) {
        return new ProblemDocument(TYPE_BASE + slug, title, status, detail, instance, List.of());
    }
}
