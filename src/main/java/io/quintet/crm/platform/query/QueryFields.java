package io.quintet.crm.platform.query;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The registry of one resource's queryable fields, in declaration order.
 *
 * <p>It always holds an {@code id} UUID field on {@code e.id}, filterable and sortable, because
 * keyset paging needs it as the unique tie-breaker; {@link #of} adds it first when not given.
 */
public final class QueryFields {

    /** The name of the tie-breaker field every registry holds. */
    public static final String ID = "id";

    private static final Pattern RESOURCE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final String resource;
    private final Map<String, QueryField> fields;
    private final Predicate<String> hidden;

    private QueryFields(String resource, Map<String, QueryField> fields, Predicate<String> hidden) {
        this.resource = resource;
        this.fields = Collections.unmodifiableMap(fields);
        this.hidden = hidden;
    }

    /**
     * Builds the registry of a resource.
     *
     * @param resource the resource's name, e.g. {@code contacts}; cursors are only valid for the resource they were issued for
     * @param fields its fields; names must be unique, and a given {@code id} must be a UUID field on {@code e.id}
     */
    public static QueryFields of(String resource, QueryField... fields) {
        if (resource == null || !RESOURCE.matcher(resource).matches()) {
            throw new IllegalArgumentException("Resource name must be an identifier: " + resource);
        }
        Map<String, QueryField> byName = new LinkedHashMap<>();
        byName.put(ID, QueryField.uuid(ID, "e.id").sortable().build());
        boolean idGiven = false;
        for (QueryField field : fields) {
            if (field.name().equals(ID)) {
                if (idGiven || field.type() != FieldType.UUID || !field.expression().equals("e.id") || !field.sortable()) {
                    throw new IllegalArgumentException("Field id must be given once, as a sortable UUID field on e.id");
                }
                idGiven = true;
            } else if (byName.containsKey(field.name())) {
                throw new IllegalArgumentException("Duplicate field " + field.name());
            }
            byName.put(field.name(), field);
        }
        return new QueryFields(resource, byName, name -> false);
    }

    /**
     * The same registry without the fields a caller may not see: naming one in a filter, sort or
     * field selection is refused as hidden, which tells nothing of its values.
     *
     * @param hidden whether a field name (such as {@code annualRevenue.amount}) is hidden
     */
    public QueryFields hiding(Predicate<String> hidden) {
        Map<String, QueryField> visible = new LinkedHashMap<>(fields);
        visible.keySet().removeIf(hidden);
        return new QueryFields(resource, visible, hidden);
    }

    /** The resource name given to {@link #of}. */
    public String resource() {
        return resource;
    }

    /** All field names in declaration order, {@code id} first. */
    public Set<String> names() {
        return fields.keySet();
    }

    /** All fields in declaration order. */
    public Collection<QueryField> all() {
        return fields.values();
    }

    /**
     * The field with this name.
     *
     * @throws QueryException for parameter {@code fields} if there is none
     */
    public QueryField get(String name) {
        refuseHidden(name, "fields");
        QueryField field = fields.get(name);
        if (field == null) {
            throw new QueryException("fields", name,
                    "Unknown field " + QueryException.quote(name) + "; known fields: " + String.join(", ", names()));
        }
        return field;
    }

    /**
     * The field with this name, for use in a filter.
     *
     * @throws QueryException for parameter {@code filter} if it is unknown or not filterable
     */
    public QueryField filterable(String name) {
        return usable(name, "filter", QueryField::filterable, "filterable");
    }

    /**
     * The field with this name, for use in a sort.
     *
     * @throws QueryException for parameter {@code sort} if it is unknown or not sortable
     */
    public QueryField sortable(String name) {
        return usable(name, "sort", QueryField::sortable, "sortable");
    }

    private QueryField usable(String name, String parameter, Predicate<QueryField> allowed, String adjective) {
        refuseHidden(name, parameter);
        QueryField field = fields.get(name);
        String choices = fields.values().stream().filter(allowed).map(QueryField::name).collect(Collectors.joining(", "));
        if (field == null) {
            throw new QueryException(parameter, name, "Unknown field " + QueryException.quote(name) + " in " + parameter
                    + "; " + adjective + " fields: " + choices);
        }
        if (!allowed.test(field)) {
            throw new QueryException(parameter, name, "Field '" + name + "' cannot be used in " + parameter
                    + "; " + adjective + " fields: " + choices);
        }
        return field;
    }

    private void refuseHidden(String name, String parameter) {
        if (name != null && hidden.test(name)) {
            throw new QueryException(parameter, name, "Field " + QueryException.quote(name)
                    + " is hidden from your role and cannot be used in " + parameter);
        }
    }
}
