package io.quintet.crm.platform.query;

import java.util.List;
import java.util.Objects;

/**
 * A parsed filter: a tree of and/or/not over field comparisons whose values are already typed.
 *
 * <p>Build comparisons from client input with {@link Comparison#of}, which validates them; the REST
 * layer gets whole trees from {@link RsqlFilter}, the GraphQL layer assembles them from its inputs.
 */
public sealed interface FilterNode permits FilterNode.And, FilterNode.Or, FilterNode.Not, FilterNode.Comparison {

    /** True when every child is; an empty list is true. */
    record And(List<FilterNode> children) implements FilterNode {
        public And {
            children = List.copyOf(children);
        }
    }

    /** True when any child is; an empty list is false. */
    record Or(List<FilterNode> children) implements FilterNode {
        public Or {
            children = List.copyOf(children);
        }
    }

    /** True when the child is false (SQL semantics: not of unknown stays unknown). */
    record Not(FilterNode child) implements FilterNode {
        public Not {
            Objects.requireNonNull(child, "child");
        }
    }

    /**
     * A comparison of a field with typed values (see {@link FieldType} for their Java types); for
     * {@link Operator#IS_NULL} the single value is a {@link Boolean}.
     */
    record Comparison(QueryField field, Operator op, List<Object> values) implements FilterNode {

        public Comparison {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(op, "op");
            values = List.copyOf(values);
        }

        /**
         * Validates a comparison written by a client and converts its values.
         *
         * @param fields the resource's fields
         * @param fieldName the API field name
         * @param op the operator
         * @param rawValues the values as written; exactly one, or one or more for {@code =in=}/{@code =out=}
         * @throws QueryException for parameter {@code filter} if the field is unknown or not filterable, the
         *         operator does not apply to its type, the number of values is wrong or a value does not parse
         */
        public static Comparison of(QueryFields fields, String fieldName, Operator op, List<String> rawValues) {
            QueryField field = fields.filterable(fieldName);
            return new Comparison(field, op, FilterValues.convert(field, op, rawValues));
        }
    }
}
