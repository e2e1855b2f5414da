package io.quintet.crm.platform.query;

import java.util.Objects;

/** One key of a sort: a sortable field and its direction; ascending puts nulls last, descending puts them first. */
public record SortKey(QueryField field, boolean descending) {

    public SortKey {
        Objects.requireNonNull(field, "field");
    }

    /** The key as clients write it, e.g. {@code -createdAt}. */
    @Override
    public String toString() {
        return (descending ? "-" : "") + field.name();
    }
}
