package io.quintet.crm.platform.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import io.smallrye.mutiny.Uni;

/**
 * Compiles filters and keyset positions into parameterized HQL over the entity alias {@code e}.
 *
 * <p>Use one instance per query: it numbers parameters {@code :f0, :f1, …} across all fragments it
 * produces so they can be combined. Client values only ever become parameters.
 *
 * <p>Semantics are SQL's. In particular {@code !=}, {@code =out=} and ordering comparisons never match
 * a null field (use {@code =isnull=} for that), and {@code not (...)} of a comparison on a null field
 * is not true either. A string value containing {@code *} makes {@code ==}/{@code !=} a case-insensitive
 * {@code like} where {@code *} matches any run of characters and other characters are literal; on
 * case-insensitive fields all comparisons use {@code lower()} on both sides. Empty {@code And} is true,
 * empty {@code Or} false.
 */
public final class HqlCompiler {

    // '!' needs no escaping in HQL or SQL string literals, unlike '\', which HQL treats as an escape itself.
    private static final char LIKE_ESCAPE = '!';

    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Set<String> joins = new LinkedHashSet<>();
    private int next;

    /** Compiles a filter into a boolean expression. */
    public HqlFragment compile(FilterNode filter) {
        return fragment(expression(filter));
    }

    /**
     * Selects the rows strictly after the row with the given sort values, in the order of
     * {@link SortSpec#orderBy()} (ascending nulls last, descending nulls first), as the conditions of
     * one or two statements (see {@link Keyset}).
     *
     * <p>PostgreSQL starts an index range scan only at a bound on the first sort key, never at an
     * {@code or}, so when the last row has a value v for the first key k the condition is bounded by
     * {@code k >= v} (descending {@code k <= v}). Ascending, the rows where k is null sort after all
     * others but fall outside that bound: they are the {@link Keyset#nullTail()}, read by a second
     * statement only when the bounded one comes up short.
     *
     * @param sort the sort of the list
     * @param lastRowValues the previous page's last row's values for each sort key, as from {@link Cursor#decode}
     */
    public Keyset keysetAfter(SortSpec sort, List<Object> lastRowValues) {
        List<SortKey> keys = sort.keys();
        if (lastRowValues.size() != keys.size()) {
            throw new IllegalArgumentException("Expected " + keys.size() + " values, got " + lastRowValues.size());
        }
        List<String> values = new ArrayList<>(keys.size());
        lastRowValues.forEach(value -> values.add(value == null ? null : bind(value)));
        SortKey first = keys.get(0);
        String v = values.get(0);
        if (v == null) {
            return new Keyset(keysetFragment(sort, after(keys, values, 0, true)), null);
        }
        String k = first.field().expression();
        String withoutNulls = after(keys, values, 0, false);
        // A lone key (the id) is a range already; beside the or of the ties, the bound is what the index can use.
        String bounded = keys.size() == 1 ? withoutNulls
                : "(" + k + (first.descending() ? " <= " : " >= ") + v + " and " + withoutNulls + ")";
        HqlFragment boundedFragment = keysetFragment(sort, bounded);
        boolean nullTail = !first.descending() && nullable(first);
        return new Keyset(boundedFragment, nullTail ? keysetFragment(sort, k + " is null") : null);
    }

    /**
     * Rows after the last row on keys from {@code i} on: strictly after on key i, or tied on key i
     * and after on the remaining keys. With k = key i and v its last value (a bound parameter):
     * asc, v null: nothing sorts after null, ties are {@code k is null};
     * asc, v set: {@code k > v} or, if {@code withNulls}, {@code k is null}; ties {@code k = v};
     * desc, v null: {@code k is not null}, ties {@code k is null};
     * desc, v set: {@code k < v}, ties {@code k = v}.
     * The result is atomic or parenthesized, so it can be embedded as is.
     */
    private String after(List<SortKey> keys, List<String> values, int i, boolean withNulls) {
        SortKey key = keys.get(i);
        String k = key.field().expression();
        String v = values.get(i);
        String strictlyAfter;
        String tied;
        if (v == null) {
            strictlyAfter = key.descending() ? k + " is not null" : null;
            tied = k + " is null";
        } else {
            strictlyAfter = key.descending() ? k + " < " + v
                    : k + " > " + v + (withNulls && nullable(key) ? " or " + k + " is null" : "");
            tied = k + " = " + v;
        }
        if (i == keys.size() - 1) {
            // Past the last key a tie is the same row, which is not after itself.
            if (strictlyAfter == null) {
                return "1=0";
            }
            return strictlyAfter.contains(" or ") ? "(" + strictlyAfter + ")" : strictlyAfter;
        }
        String tiedAndAfter = "(" + tied + " and " + after(keys, values, i + 1, true) + ")";
        return strictlyAfter == null ? tiedAndAfter : "(" + strictlyAfter + " or " + tiedAndAfter + ")";
    }

    /** The primary key is never null, so its null branches would only obscure the tie-breaker's range condition. */
    private static boolean nullable(SortKey key) {
        return !key.field().name().equals(QueryFields.ID);
    }

    private HqlFragment keysetFragment(SortSpec sort, String hql) {
        joins.addAll(sort.joins());
        return fragment(hql);
    }

    private String expression(FilterNode node) {
        if (node instanceof FilterNode.And and) {
            return junction(and.children(), " and ", "1=1");
        }
        if (node instanceof FilterNode.Or or) {
            return junction(or.children(), " or ", "1=0");
        }
        if (node instanceof FilterNode.Not not) {
            return "not (" + expression(not.child()) + ")";
        }
        return comparison((FilterNode.Comparison) node);
    }

    private String junction(List<FilterNode> children, String operator, String empty) {
        if (children.isEmpty()) {
            return empty;
        }
        if (children.size() == 1) {
            return expression(children.get(0));
        }
        List<String> parts = new ArrayList<>(children.size());
        children.forEach(child -> parts.add(expression(child)));
        return "(" + String.join(operator, parts) + ")";
    }

    private String comparison(FilterNode.Comparison c) {
        QueryField field = c.field();
        field.join().ifPresent(joins::add);
        String expr = field.expression();
        Object value = c.values().get(0);
        if (c.op() == Operator.IS_NULL) {
            return expr + (Boolean.TRUE.equals(value) ? " is null" : " is not null");
        }
        if (value instanceof String text && text.indexOf('*') >= 0 && (c.op() == Operator.EQ || c.op() == Operator.NE)) {
            return "lower(" + expr + ")" + (c.op() == Operator.NE ? " not like " : " like ")
                    + "lower(" + bind(likePattern(text)) + ") escape '" + LIKE_ESCAPE + "'";
        }
        boolean lower = field.caseInsensitive();
        String left = lower ? "lower(" + expr + ")" : expr;
        if (c.op().isMultiValue()) {
            // A list parameter cannot be wrapped in lower(), so case-insensitive lists are lowered here.
            List<Object> list = lower ? lowered(c.values()) : c.values();
            return left + (c.op() == Operator.OUT ? " not in (" : " in (") + bind(list) + ")";
        }
        String right = lower ? "lower(" + bind(value) + ")" : bind(value);
        return left + " " + sqlOperator(c.op()) + " " + right;
    }

    private static String sqlOperator(Operator op) {
        return switch (op) {
            case EQ -> "=";
            case NE -> "<>";
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            case IN, OUT, IS_NULL -> throw new IllegalArgumentException("No binary SQL operator for " + op);
        };
    }

    private static List<Object> lowered(List<Object> values) {
        List<Object> lowered = new ArrayList<>(values.size());
        values.forEach(value -> lowered.add(((String) value).toLowerCase(Locale.ROOT)));
        return lowered;
    }

    /** Turns a client pattern into a like pattern: {@code *} matches anything, like's own metacharacters are literal. */
    private static String likePattern(String value) {
        StringBuilder pattern = new StringBuilder(value.length() + 8);
        for (char ch : value.toCharArray()) {
            if (ch == '*') {
                pattern.append('%');
            } else {
                if (ch == '%' || ch == '_' || ch == LIKE_ESCAPE) {
                    pattern.append(LIKE_ESCAPE);
                }
                pattern.append(ch);
            }
        }
        return pattern.toString();
    }

    private String bind(Object value) {
        String name = "f" + next++;
        params.put(name, value);
        return ":" + name;
    }

    private HqlFragment fragment(String hql) {
        HqlFragment fragment = new HqlFragment(hql, params, joins);
        // Each fragment carries only its own parameters; the counter keeps running so names stay unique.
        params.clear();
        joins.clear();
        return fragment;
    }

    /**
     * The rows after a cursor as the conditions of at most two statements, so that an index on the sort
     * can start each one's range scan at the cursor's position (see {@link HqlCompiler#keysetAfter}).
     *
     * @param bounded the rows the first statement reads: all rows after the cursor but the null tail
     * @param nullTail null, or the rows whose first sort key is null: they sort after every row of
     *        {@code bounded}, so a second statement reads them only to fill a page the first left short
     */
    public record Keyset(HqlFragment bounded, HqlFragment nullTail) {

        /**
         * Reads the first {@code maxRows} rows after the cursor, in sort order: those of {@code bounded},
         * then, if there are fewer, as many of the null tail as are missing.
         *
         * @param select runs one statement: the rows matching a condition, in sort order, at most the given number
         */
        public <T> Uni<List<T>> read(BiFunction<HqlFragment, Integer, Uni<List<T>>> select, int maxRows) {
            return select.apply(bounded, maxRows).chain(rows -> {
                if (nullTail == null || rows.size() >= maxRows) {
                    return Uni.createFrom().item(rows);
                }
                return select.apply(nullTail, maxRows - rows.size()).map(tail -> {
                    List<T> all = new ArrayList<>(rows.size() + tail.size());
                    all.addAll(rows);
                    all.addAll(tail);
                    return all;
                });
            });
        }
    }
}
