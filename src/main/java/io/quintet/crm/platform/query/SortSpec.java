package io.quintet.crm.platform.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sort of a list, parsed from {@code ?sort=lastName,-createdAt}: a {@code -} prefix sorts
 * descending, no prefix or {@code +} ascending.
 *
 * <p>Keys always end with {@code id} (ascending unless the client placed it) so the order is total,
 * which keyset paging needs. Ascending keys put nulls last and descending keys put them first, as in
 * PostgreSQL's default, and {@link #orderBy()} spells that out so cursors and queries agree.
 */
public final class SortSpec {

    /** Most fields a client may sort by, not counting the {@code id} tie-breaker. */
    public static final int MAX_KEYS = 5;

    private final String resource;
    private final List<SortKey> keys;

    private SortSpec(String resource, List<SortKey> keys) {
        this.resource = resource;
        this.keys = List.copyOf(keys);
    }

    /** Parses a sort, defaulting to {@code id} ascending when {@code sort} is null or blank. */
    public static SortSpec parse(String sort, QueryFields fields) {
        return parse(sort, fields, QueryFields.ID);
    }

    /**
     * Parses a sort.
     *
     * @param sort the parameter as the client wrote it, may be null or blank
     * @param fields the resource's fields
     * @param defaultSort the sort used when {@code sort} is null or blank, in the same syntax, e.g. {@code -createdAt}
     * @throws QueryException for parameter {@code sort} if a field is unknown, not sortable, repeated or missing,
     *         or there are too many
     * @throws IllegalArgumentException if {@code defaultSort} itself is invalid
     */
    public static SortSpec parse(String sort, QueryFields fields, String defaultSort) {
        if (sort == null || sort.isBlank()) {
            try {
                return parseKeys(defaultSort, fields);
            } catch (QueryException e) {
                throw new IllegalArgumentException("Invalid default sort: " + e.getMessage(), e);
            }
        }
        return parseKeys(sort, fields);
    }

    private static SortSpec parseKeys(String sort, QueryFields fields) {
        String[] items = sort.split(",", -1);
        if (items.length > MAX_KEYS) {
            throw new QueryException("sort", null, "Sort by at most " + MAX_KEYS + " fields, got " + items.length);
        }
        List<SortKey> keys = new ArrayList<>(items.length + 1);
        Set<String> seen = new HashSet<>();
        for (String item : items) {
            // A '+' prefix often arrives URL-decoded as a space, hence the trim before looking at it.
            String text = item.trim();
            boolean descending = text.startsWith("-");
            String name = descending || text.startsWith("+") ? text.substring(1) : text;
            if (name.isEmpty()) {
                throw new QueryException("sort", null, "Empty field in sort; write field names separated by commas,"
                        + " each optionally prefixed with '-' for descending, e.g. lastName,-createdAt");
            }
            QueryField field = fields.sortable(name);
            if (!seen.add(name)) {
                throw new QueryException("sort", name, "Field '" + name + "' appears more than once in sort");
            }
            keys.add(new SortKey(field, descending));
        }
        if (!seen.contains(QueryFields.ID)) {
            keys.add(new SortKey(fields.get(QueryFields.ID), false));
        }
        return new SortSpec(fields.resource(), keys);
    }

    /** The keys in order, ending with the {@code id} tie-breaker unless the client placed {@code id} earlier. */
    public List<SortKey> keys() {
        return keys;
    }

    /** The HQL {@code order by} clause with explicit null placement, e.g. {@code order by e.lastName asc nulls last, e.id asc nulls last}. */
    public String orderBy() {
        return keys.stream()
                .map(key -> key.field().expression() + (key.descending() ? " desc nulls first" : " asc nulls last"))
                .collect(Collectors.joining(", ", "order by ", ""));
    }

    /** The join clauses the sort fields need. */
    public Set<String> joins() {
        Set<String> joins = new LinkedHashSet<>();
        keys.forEach(key -> key.field().join().ifPresent(joins::add));
        return joins;
    }

    /** Identifies the resource and sort a cursor was issued for. */
    String fingerprint() {
        return resource + ":" + this;
    }

    /** The sort as clients write it, including the tie-breaker, e.g. {@code lastName,-createdAt,id}. */
    @Override
    public String toString() {
        return keys.stream().map(SortKey::toString).collect(Collectors.joining(","));
    }
}
