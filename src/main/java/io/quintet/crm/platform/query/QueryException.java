package io.quintet.crm.platform.query;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A client error in a list request's query parameters, carrying a message that says what to fix.
 *
 * <p>{@link #parameter()} names the offending request parameter ({@code filter}, {@code sort},
 * {@code cursor}, {@code fields} or {@code limit}) and {@link #field()} the API field involved, if
 * any. Messages never contain class names or stack traces, so they can be shown to clients as-is.
 */
@ErrorCode("VALIDATION")
public final class QueryException extends RuntimeException {

    private static final int MAX_SHOWN = 40;

    private final String parameter;
    private final String field;

    /**
     * @param parameter the request parameter at fault
     * @param field the API field involved, or {@code null}
     * @param message what is wrong and how to fix it
     */
    public QueryException(String parameter, String field, String message) {
        // No stack trace: this is an expected 4xx outcome, and capturing one per bad request is waste.
        super(message, null, false, false);
        this.parameter = parameter;
        this.field = field;
    }

    /** The request parameter at fault: {@code filter}, {@code sort}, {@code cursor}, {@code fields} or {@code limit}. */
    public String parameter() {
        return parameter;
    }

    /** The API field involved, or {@code null} when the error is not about one field. */
    public String field() {
        return field;
    }

    /** Quotes client input for a message, shortened and stripped of control characters so it cannot forge log lines. */
    static String quote(String value) {
        StringBuilder shown = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 3);
        value.codePoints().limit(MAX_SHOWN).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (value.codePointCount(0, value.length()) > MAX_SHOWN) {
            shown.append("...");
        }
        return "'" + shown + "'";
    }
}
