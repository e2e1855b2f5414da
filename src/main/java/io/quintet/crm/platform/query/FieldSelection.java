package io.quintet.crm.platform.query;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Parses the REST sparse-fields parameter, e.g. {@code ?fields=id,firstName,email}. */
public final class FieldSelection {

    /** Read once per view type: every response asks, and reflection allocates on each call. */
    private static final ClassValue<Set<String>> FIELDS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> view) {
            Set<String> names = Arrays.stream(view.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return Collections.unmodifiableSet(names);
        }
    };

    private FieldSelection() {
    }

    /** The fields of a view record, in declaration order: what a response can carry. */
    public static Set<String> fieldsOf(Class<? extends Record> view) {
        return FIELDS.get(view);
    }

    /**
     * The fields to return: {@code id} first, then the requested ones in the order given, without repeats.
     *
     * @param fieldsParam the parameter as the client wrote it; null or blank selects every allowed field
     * @param allowed the fields the resource can return to this caller, in their natural order
     * @param hidden the fields hidden from this caller
     * @throws QueryException for parameter {@code fields} on an unknown, hidden or empty field name
     */
    public static Set<String> parse(String fieldsParam, Set<String> allowed, Set<String> hidden) {
        Set<String> selected = new LinkedHashSet<>();
        selected.add(QueryFields.ID);
        if (fieldsParam == null || fieldsParam.isBlank()) {
            selected.addAll(allowed);
            return Collections.unmodifiableSet(selected);
        }
        for (String item : fieldsParam.split(",", -1)) {
            String name = item.trim();
            if (name.isEmpty()) {
                throw new QueryException("fields", null,
                        "Empty field name in fields; list field names separated by commas, e.g. id,firstName");
            }
            if (hidden.contains(name)) {
                throw new QueryException("fields", name, "Field " + QueryException.quote(name)
                        + " is hidden from your role and cannot be used in fields");
            }
            if (!name.equals(QueryFields.ID) && !allowed.contains(name)) {
                throw new QueryException("fields", name, "Unknown field " + QueryException.quote(name)
                        + " in fields; available fields: " + String.join(", ", allowed));
            }
            selected.add(name);
        }
        return Collections.unmodifiableSet(selected);
    }
}
