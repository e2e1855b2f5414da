package io.quintet.crm.platform.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
     * {@link SortSpec#orderBy()} (ascending nulls last, descending nulls first).
     *
     * @param sort the sort of the list
     * @param lastRowValues the previous page's last row's values for each sort key, as from {@link Cursor#decode}
     */
    public HqlFragment keysetAfter(SortSpec sort, List<Object> lastRowValues) {
        List<SortKey> keys = sort.keys();
        if (lastRowValues.size() != keys.size()) {
            throw new IllegalArgumentException("Expected " + keys.size() + " values, got " + lastRowValues.size());
        }
        keys.forEach(key -> key.field().join().ifPresent(joins::add));
        return fragment(after(keys, lastRowValues, 0));
    }

    /**
     * Rows after the last row on keys from {@code i} on: strictly after on key i, or tied on key i
     * and after on the remaining keys. With k = key i and v its last value:
     * asc, v null: nothing sorts after null, ties are {@code k is null};
     * asc, v set: {@code k > v} or {@code k is null}, ties {@code k = v};
     * desc, v null: {@code k is not null}, ties {@code k is null};
     * desc, v set: {@code k < v}, ties {@code k = v}.
     * The result is atomic or parenthesized, so it can be embedded as is.
     */
    private String after(List<SortKey> keys, List<Object> values, int i) {
        SortKey key = keys.get(i);
        String k = key.field().expression();
        Object value = values.get(i);
        // The primary key is never null, so its null branches would only obscure the tie-breaker's range condition.
        boolean nullable = !key.field().name().equals(QueryFields.ID);
        String strictlyAfter;
        String tied;
        if (value == null) {
            strictlyAfter = key.descending() ? k + " is not null" : null;
            tied = k + " is null";
        } else {
            String v = bind(value);
            strictlyAfter = key.descending() ? k + " < " + v : k + " > " + v + (nullable ? " or " + k + " is null" : "");
            tied = k + " = " + v;
        }
        if (i == keys.size() - 1) {
            // Past the last key a tie is the same row, which is not after itself.
            if (strictlyAfter == null) {
                return "1=0";
            }
            return strictlyAfter.contains(" or ") ? "(" + strictlyAfter + ")" : strictlyAfter;
        }
        String tiedAndAfter = "(" + tied + " and " + after(keys, values, i + 1) + ")";
        return strictlyAfter == null ? tiedAndAfter : "(" + strictlyAfter + " or " + tiedAndAfter + ")";
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
}
