package io.quintet.crm.platform.security;

import java.util.LinkedHashSet;
import java.util.Set;

import io.quintet.crm.platform.error.ApiProblem;

/**
 * The caller's field rules for one object type: fields hidden from it (absent from what it reads,
 * unusable in filters, sorts and field selections, never written) and fields it may read but not write.
 */
public record FieldPolicy(String objectType, Set<String> hidden, Set<String> readOnly) {

    public static FieldPolicy none(String objectType) {
        return new FieldPolicy(objectType, Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return hidden.isEmpty() && readOnly.isEmpty();
    }

    /** Whether a field, or a path into it such as {@code annualRevenue.amount}, is hidden. */
    public boolean hides(String path) {
        int dot = path.indexOf('.');
        return hidden.contains(dot < 0 ? path : path.substring(0, dot));
    }

    /** The fields the caller may not write: hidden and read-only ones. */
    public Set<String> guarded() {
        Set<String> guarded = new LinkedHashSet<>(hidden);
        guarded.addAll(readOnly);
        return guarded;
    }

    /** The 403 for writing a field the caller may not write; it names the field and nothing of its value. */
    public ApiProblem refusal(String field) {
        String why = hidden.contains(field) ? "is hidden from your role" : "is read-only for your role";
        return ApiProblem.forbiddenField(field, "The " + objectType + " field " + field + " " + why
                + ": leave it out of what you send");
    }
}
