package io.quintet.crm.platform.graphql;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.quintet.crm.platform.query.FilterNode;
import io.quintet.crm.platform.query.Operator;
import io.quintet.crm.platform.query.QueryFields;

/**
 * Compiles a typed GraphQL filter input into the same {@link FilterNode} tree that RSQL compiles
 * to, so both APIs share one filter model and one SQL compiler.
 *
 * <p>Convention: a filter input's {@code and}/{@code or}/{@code not} fields combine filters of its
 * own type; a field of a scalar filter type ({@link StringFilter}, …) is a condition on the API
 * field of the same name; any other field is a group whose fields are prefixed with its name and a
 * dot ({@code billingAddress.city}, {@code account.industry}).
 */
public final class GraphQLFilters {

    private static final Map<String, Operator> OPERATORS = Map.of(
            "eq", Operator.EQ, "ne", Operator.NE, "in", Operator.IN, "notIn", Operator.OUT,
            "gt", Operator.GT, "ge", Operator.GE, "lt", Operator.LT, "le", Operator.LE, "isNull", Operator.IS_NULL);

    private GraphQLFilters() {
    }

    /** The filter tree, or null when the input sets no condition. */
    public static FilterNode toNode(Object filter, QueryFields fields) {
        if (filter == null) {
            return null;
        }
        List<FilterNode> conditions = new ArrayList<>();
        collect(filter, "", fields, conditions);
        return conditions.isEmpty() ? null : conditions.size() == 1 ? conditions.get(0) : new FilterNode.And(conditions);
    }

    private static void collect(Object input, String prefix, QueryFields fields, List<FilterNode> conditions) {
        for (Field field : input.getClass().getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Object value = read(field, input);
            if (value == null) {
                continue;
            }
            String name = field.getName();
            if (prefix.isEmpty() && name.equals("and")) {
                List<FilterNode> all = children((Collection<?>) value, fields);
                if (!all.isEmpty()) {
                    conditions.add(new FilterNode.And(all));
                }
            } else if (prefix.isEmpty() && name.equals("or")) {
                List<FilterNode> any = children((Collection<?>) value, fields);
                if (!any.isEmpty()) {
                    conditions.add(new FilterNode.Or(any));
                }
            } else if (prefix.isEmpty() && name.equals("not")) {
                FilterNode negated = toNode(value, fields);
                if (negated != null) {
                    conditions.add(new FilterNode.Not(negated));
                }
            } else if (isScalarFilter(field.getType())) {
                comparisons(prefix + name, value, fields, conditions);
            } else {
                collect(value, prefix + name + ".", fields, conditions);
            }
        }
    }

    /** A scalar filter ({@link StringFilter}, an enum's filter, …) has only operator fields. */
    private static boolean isScalarFilter(Class<?> type) {
        for (Field field : type.getFields()) {
            if (!OPERATORS.containsKey(field.getName())) {
                return false;
            }
        }
        return true;
    }

    private static List<FilterNode> children(Collection<?> inputs, QueryFields fields) {
        List<FilterNode> nodes = new ArrayList<>();
        for (Object child : inputs) {
            FilterNode node = toNode(child, fields);
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private static void comparisons(String apiField, Object scalarFilter, QueryFields fields, List<FilterNode> out) {
        for (Field op : scalarFilter.getClass().getFields()) {
            Object value = read(op, scalarFilter);
            if (value == null) {
                continue;
            }
            List<String> raw = value instanceof Collection<?> many
                    ? many.stream().map(GraphQLFilters::raw).toList()
                    : List.of(raw(value));
            out.add(FilterNode.Comparison.of(fields, apiField, OPERATORS.get(op.getName()), raw));
        }
    }

    /** The value as RSQL would have written it: enums in their lower-case API form. */
    private static String raw(Object value) {
        return value instanceof Enum<?> constant ? constant.name().toLowerCase() : value.toString();
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
