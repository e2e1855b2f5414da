package io.quintet.crm.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One thing wrong with the input: which field (a JSON path such as {@code billingAddress.city}) and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer index) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }

    public FieldError atIndex(int itemIndex) {
        return new FieldError(field, message, itemIndex);
    }

    /** The same error, its field a member of {@code parent} ({@code opportunity.name}). */
    public FieldError under(String parent) {
        return new FieldError(field == null ? parent : parent + "." + field, message, index);
    }
}
