package io.quintet.crm.platform.query;

import cz.jirutka.rsql.parser.RSQLParser;
import cz.jirutka.rsql.parser.RSQLParserException;
import cz.jirutka.rsql.parser.UnknownOperatorException;
import cz.jirutka.rsql.parser.ast.AndNode;
import cz.jirutka.rsql.parser.ast.ComparisonNode;
import cz.jirutka.rsql.parser.ast.ComparisonOperator;
import cz.jirutka.rsql.parser.ast.LogicalNode;
import cz.jirutka.rsql.parser.ast.OrNode;
import cz.jirutka.rsql.parser.ast.RSQLVisitor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the REST {@code ?filter=} parameter, written in RSQL, into a {@link FilterNode}.
 *
 * <p>{@code ;} (or {@code and}) joins with AND, {@code ,} (or {@code or}) with OR, parentheses group;
 * values with spaces or reserved characters are quoted. Operators are those of {@link Operator}.
 * Values only ever become bound parameters, never query text.
 */
public final class RsqlFilter {

    /** Longest filter accepted, in characters. */
    public static final int MAX_LENGTH = 2000;
    /** Most comparisons in one filter. */
    public static final int MAX_COMPARISONS = 50;
    /** Deepest nesting of and/or groups. */
    public static final int MAX_DEPTH = 10;

    private static final String HINT = "write comparisons such as lastName==Smith, join them with ';' (and) or ','"
            + " (or), group with parentheses and quote values that contain spaces or reserved characters";
    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");
    // Both the parser's and the lexer's messages say what they ran into; only "<EOF>" there means truncated input.
    private static final Pattern END_OF_INPUT = Pattern.compile("Encountered:? \"?<EOF>");

    private static final Map<String, Operator> OPERATORS;
    private static final RSQLParser PARSER;

    static {
        Map<String, Operator> bySymbol = new HashMap<>();
        Set<ComparisonOperator> rsqlOperators = new HashSet<>();
        for (Operator op : EnumSet.allOf(Operator.class)) {
            // Every operator is declared multi-valued so arity errors come from Comparison.of with a clear message.
            rsqlOperators.add(new ComparisonOperator(op.symbols().toArray(String[]::new), true));
            bySymbol.put(op.symbol(), op);
        }
        OPERATORS = Map.copyOf(bySymbol);
        PARSER = new RSQLParser(rsqlOperators);
    }

    private RsqlFilter() {
    }

    /**
     * Parses and validates a filter.
     *
     * @param rsql the filter as the client wrote it; callers skip this when the parameter is absent
     * @param fields the resource's fields
     * @throws QueryException for parameter {@code filter} on a syntax error, an unknown or non-filterable
     *         field, a bad operator or value, or a filter over the size limits
     */
    public static FilterNode parse(String rsql, QueryFields fields) {
        if (rsql == null || rsql.isBlank()) {
            throw new QueryException("filter", null, "The filter is empty; " + HINT);
        }
        if (rsql.length() > MAX_LENGTH) {
            throw new QueryException("filter", null, "The filter is " + rsql.length()
                    + " characters long; the maximum is " + MAX_LENGTH);
        }
        try {
            return PARSER.parse(rsql).accept(new Converter(fields), 0);
        } catch (RSQLParserException e) {
            throw syntaxError(rsql, e.getCause());
        }
    }

    private static QueryException syntaxError(String rsql, Throwable cause) {
        if (cause instanceof UnknownOperatorException) {
            String supported = EnumSet.allOf(Operator.class).stream()
                    .map(op -> String.join(" or ", op.symbols())).collect(Collectors.joining(", "));
            return new QueryException("filter", null, "Unknown operator "
                    + QueryException.quote(((UnknownOperatorException) cause).getOperator())
                    + " in filter; supported operators: " + supported);
        }
        String detail = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        if (END_OF_INPUT.matcher(detail).find()) {
            return new QueryException("filter", null, "Invalid filter syntax: the filter ends too early,"
                    + " e.g. a value or closing quote or parenthesis is missing; " + HINT);
        }
        Matcher at = POSITION.matcher(detail);
        if (!at.find()) {
            return new QueryException("filter", null, "Invalid filter syntax; " + HINT);
        }
        int position = Math.min(offset(rsql, Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2))), rsql.length());
        return new QueryException("filter", null, "Invalid filter syntax at position " + position + " near "
                + QueryException.quote(rsql.substring(position - 1)) + "; " + HINT);
    }

    /** Turns the parser's 1-based line and column into a 1-based position in the whole text. */
    private static int offset(String text, int line, int column) {
        int start = 0;
        for (int i = 1; i < line; i++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return start + column;
    }

    /** Walks the RSQL tree, counting comparisons and depth and validating each comparison. */
    private static final class Converter implements RSQLVisitor<FilterNode, Integer> {

        private final QueryFields fields;
        private int comparisons;

        Converter(QueryFields fields) {
            this.fields = fields;
        }

        @Override
        public FilterNode visit(AndNode node, Integer depth) {
            return new FilterNode.And(children(node, depth));
        }

        @Override
        public FilterNode visit(OrNode node, Integer depth) {
            return new FilterNode.Or(children(node, depth));
        }

        @Override
        public FilterNode visit(ComparisonNode node, Integer depth) {
            if (++comparisons > MAX_COMPARISONS) {
                throw new QueryException("filter", null, "The filter has more than " + MAX_COMPARISONS
                        + " comparisons; simplify it, e.g. with =in= lists");
            }
            return FilterNode.Comparison.of(fields, node.getSelector(), OPERATORS.get(node.getOperator().getSymbol()),
                    node.getArguments());
        }

        private List<FilterNode> children(LogicalNode node, int depth) {
            if (depth >= MAX_DEPTH) {
                throw new QueryException("filter", null, "The filter nests groups more than " + MAX_DEPTH
                        + " levels deep; flatten it");
            }
            List<FilterNode> children = new ArrayList<>(node.getChildren().size());
            for (var child : node.getChildren()) {
                children.add(child.accept(this, depth + 1));
            }
            return children;
        }
    }
}
