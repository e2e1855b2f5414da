package io.quintet.crm.platform.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Evaluates the HQL the compiler emits against in-memory rows keyed by HQL path ({@code e.lastName}),
 * with SQL's three-valued logic ({@code null} is unknown), so tests can check what the text means.
 *
 * <p>It understands exactly the compiler's output: and/or/not, parentheses, comparisons, is [not]
 * null, [not] like … escape, [not] in (:list), lower(), named parameters and integer literals.
 */
final class HqlEvaluator {

    private final List<String> tokens;
    private final Map<String, Object> params;
    private final String hql;
    // Regexes compiled once per pattern: a predicate is evaluated against many rows.
    private final Map<String, Pattern> likes = new HashMap<>();
    private Map<String, Object> row;
    private int pos;

    private HqlEvaluator(HqlFragment fragment) {
        this.hql = fragment.hql();
        this.tokens = tokenize(hql);
        this.params = fragment.params();
    }

    /** A reusable where-clause test: true when the fragment evaluates to true, not false or unknown, for a row. */
    static Predicate<Map<String, Object>> where(HqlFragment fragment) {
        HqlEvaluator evaluator = new HqlEvaluator(fragment);
        return row -> Boolean.TRUE.equals(evaluator.evaluate(row));
    }

    /** Whether a where clause made of the fragment selects the row. */
    static boolean matches(HqlFragment fragment, Map<String, Object> row) {
        return where(fragment).test(row);
    }

    /** The three-valued result: TRUE, FALSE or null for unknown. */
    static Boolean evaluate(HqlFragment fragment, Map<String, Object> row) {
        return new HqlEvaluator(fragment).evaluate(row);
    }

    private Boolean evaluate(Map<String, Object> row) {
        this.row = row;
        this.pos = 0;
        Boolean result = or();
        if (pos != tokens.size()) {
            throw new IllegalArgumentException("Trailing tokens at " + pos + " in " + hql);
        }
        return result;
    }

    /** The row order an {@code order by} clause of {@code expr asc nulls last}/{@code expr desc nulls first} items defines. */
    static Comparator<Map<String, Object>> ordering(String orderBy) {
        if (!orderBy.startsWith("order by ")) {
            throw new IllegalArgumentException(orderBy);
        }
        Comparator<Map<String, Object>> ordering = (a, b) -> 0;
        for (String item : orderBy.substring("order by ".length()).split(", ")) {
            String path = item.substring(0, item.indexOf(' '));
            boolean descending;
            if (item.endsWith(" asc nulls last")) {
                descending = false;
            } else if (item.endsWith(" desc nulls first")) {
                descending = true;
            } else {
                throw new IllegalArgumentException("Null placement not spelled out: " + item);
            }
            // Null is the greatest value, as in PostgreSQL: last ascending, first descending.
            Comparator<Object> ascending = Comparator.nullsLast(HqlEvaluator::compare);
            ordering = ordering.thenComparing(r -> r.get(path), descending ? ascending.reversed() : ascending);
        }
        return ordering;
    }

    /** Total order of non-null values of one type, used both for comparisons and for ordering. */
    static int compare(Object a, Object b) {
        if (a instanceof Number && b instanceof Number) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
        }
        if (a.getClass() != b.getClass() && !(a instanceof Enum && b instanceof Enum)) {
            throw new IllegalArgumentException("Comparing " + a.getClass() + " with " + b.getClass());
        }
        @SuppressWarnings("unchecked")
        Comparable<Object> comparable = (Comparable<Object>) a;
        return comparable.compareTo(b);
    }

    private Boolean or() {
        Boolean result = and();
        while (accept("or")) {
            Boolean right = and();
            result = Boolean.TRUE.equals(result) || Boolean.TRUE.equals(right) ? Boolean.TRUE
                    : result == null || right == null ? null : Boolean.FALSE;
        }
        return result;
    }

    private Boolean and() {
        Boolean result = not();
        while (accept("and")) {
            Boolean right = not();
            result = Boolean.FALSE.equals(result) || Boolean.FALSE.equals(right) ? Boolean.FALSE
                    : result == null || right == null ? null : Boolean.TRUE;
        }
        return result;
    }

    private Boolean not() {
        if (accept("not")) {
            Boolean inner = not();
            return inner == null ? null : !inner;
        }
        if (accept("(")) {
            Boolean inner = or();
            expect(")");
            return inner;
        }
        return predicate();
    }

    private Boolean predicate() {
        Object left = operand();
        if (accept("is")) {
            boolean negated = accept("not");
            expect("null");
            return negated == (left != null);
        }
        boolean negated = accept("not");
        if (accept("like")) {
            Object pattern = operand();
            expect("escape");
            String escape = literal(next());
            Boolean result = left == null || pattern == null ? null
                    : likes.computeIfAbsent((String) pattern, p -> like(p, escape.charAt(0))).matcher((String) left).matches();
            return negate(result, negated);
        }
        if (accept("in")) {
            expect("(");
            Collection<?> list = (Collection<?>) operand();
            expect(")");
            Boolean result = left == null ? null : list.stream().anyMatch(item -> compare(left, item) == 0);
            return negate(result, negated);
        }
        if (negated) {
            throw new IllegalArgumentException("Unexpected 'not' at " + pos);
        }
        String op = next();
        Object right = operand();
        if (left == null || right == null) {
            return null;
        }
        int c = compare(left, right);
        switch (op) {
            case "=":
                return c == 0;
            case "<>":
                return c != 0;
            case "<":
                return c < 0;
            case "<=":
                return c <= 0;
            case ">":
                return c > 0;
            case ">=":
                return c >= 0;
            default:
                throw new IllegalArgumentException("Unknown operator " + op);
        }
    }

    private static Boolean negate(Boolean result, boolean negated) {
        if (result == null || !negated) {
            return result;
        }
        return !result;
    }

    private Object operand() {
        String token = next();
        if (token.equalsIgnoreCase("lower")) {
            expect("(");
            Object inner = operand();
            expect(")");
            return inner == null ? null : ((String) inner).toLowerCase(Locale.ROOT);
        }
        if (token.startsWith(":")) {
            String name = token.substring(1);
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("Unbound parameter " + token);
            }
            return params.get(name);
        }
        if (Character.isDigit(token.charAt(0))) {
            return Long.valueOf(token);
        }
        if (token.startsWith("'")) {
            return literal(token);
        }
        if (!token.matches("[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z0-9_.]+")) {
            throw new IllegalArgumentException("Not an operand: " + token);
        }
        if (!row.containsKey(token)) {
            throw new IllegalArgumentException("Row has no column " + token);
        }
        return row.get(token);
    }

    private static String literal(String token) {
        return token.substring(1, token.length() - 1).replace("''", "'");
    }

    /** A like pattern as a regex: % any run, _ one character, the escape character makes the next one literal. */
    private static Pattern like(String pattern, char escape) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == escape) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (ch == '%') {
                regex.append(".*");
            } else if (ch == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private boolean accept(String token) {
        if (pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(token)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new IllegalArgumentException("Expected " + token + " at " + pos + " in " + tokens);
        }
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw new IllegalArgumentException("Unexpected end in " + tokens);
        }
        return tokens.get(pos++);
    }

    private static List<String> tokenize(String hql) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < hql.length()) {
            char ch = hql.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '(' || ch == ')' || ch == ',' || ch == '=') {
                tokens.add(String.valueOf(ch));
                i++;
            } else if (ch == '<' || ch == '>') {
                int end = i + 1 < hql.length() && (hql.charAt(i + 1) == '=' || hql.charAt(i + 1) == '>') ? i + 2 : i + 1;
                tokens.add(hql.substring(i, end));
                i = end;
            } else if (ch == '\'') {
                int end = i + 1;
                while (hql.charAt(end) != '\'' || end + 1 < hql.length() && hql.charAt(end + 1) == '\'') {
                    end += hql.charAt(end) == '\'' ? 2 : 1;
                }
                tokens.add(hql.substring(i, end + 1));
                i = end + 1;
            } else {
                int end = i + 1;
                while (end < hql.length() && (Character.isLetterOrDigit(hql.charAt(end)) || hql.charAt(end) == '_'
                        || hql.charAt(end) == '.')) {
                    end++;
                }
                if (end == i + 1 && ch != ':' && !Character.isLetterOrDigit(ch)) {
                    throw new IllegalArgumentException("Unexpected character " + ch + " in " + hql);
                }
                tokens.add(hql.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }
}
