package io.quintet.crm.platform.query;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One field of a resource that clients may filter or sort on: its API name, the HQL expression it
 * stands for, its type and what it may be used for.
 *
 * <p>Built with the typed factories, e.g.
 * {@code QueryField.string("email", "e.email").caseInsensitive().sortable().build()} or
 * {@code QueryField.string("account.industry", "a.industry").join("left join Account a on a.id = e.accountId").build()}.
 * Fields are filterable and not sortable unless told otherwise, because sorting needs an index.
 */
public final class QueryField {

    // API names end up in messages and cursor fingerprints, so keep them to plain dotted identifiers.
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");

    private final String name;
    private final String expression;
    private final FieldType type;
    private final Class<? extends Enum<?>> enumType;
    private final Map<String, Enum<?>> enumByApiValue;
    private final Map<Enum<?>, String> apiValueByEnum;
    private final boolean filterable;
    private final boolean sortable;
    private final boolean caseInsensitive;
    private final String join;

    private QueryField(Builder builder) {
        this.name = builder.name;
        this.expression = builder.expression;
        this.type = builder.type;
        this.enumType = builder.enumType;
        this.enumByApiValue = builder.enumByApiValue;
        this.apiValueByEnum = builder.apiValueByEnum;
        this.filterable = builder.filterable;
        this.sortable = builder.sortable;
        this.caseInsensitive = builder.caseInsensitive;
        this.join = builder.join;
    }

    /** A text field. */
    public static Builder string(String name, String expression) {
        return new Builder(name, expression, FieldType.STRING);
    }

    /** A UUID field. */
    public static Builder uuid(String name, String expression) {
        return new Builder(name, expression, FieldType.UUID);
    }

    /** A {@link java.math.BigDecimal} field. */
    public static Builder decimal(String name, String expression) {
        return new Builder(name, expression, FieldType.DECIMAL);
    }

    /** A whole-number field; values are {@link Long}. */
    public static Builder integer(String name, String expression) {
        return new Builder(name, expression, FieldType.INTEGER);
    }

    /** A boolean field. */
    public static Builder bool(String name, String expression) {
        return new Builder(name, expression, FieldType.BOOLEAN);
    }

    /** An {@link java.time.Instant} field. */
    public static Builder timestamp(String name, String expression) {
        return new Builder(name, expression, FieldType.TIMESTAMP);
    }

    /** A {@link java.time.LocalDate} field. */
    public static Builder date(String name, String expression) {
        return new Builder(name, expression, FieldType.DATE);
    }

    /** An enum field whose API values are the lower-case constant names, e.g. {@code PROSPECT} is {@code prospect}. */
    public static <E extends Enum<E>> Builder enumeration(String name, String expression, Class<E> enumType) {
        return enumeration(name, expression, enumType, constant -> constant.name().toLowerCase(Locale.ROOT));
    }

    /** An enum field whose API value for each constant is given by {@code apiValue}; the mapping must be one-to-one. */
    public static <E extends Enum<E>> Builder enumeration(String name, String expression, Class<E> enumType,
            Function<E, String> apiValue) {
        Map<String, Enum<?>> byApiValue = new LinkedHashMap<>();
        Map<Enum<?>, String> byConstant = new HashMap<>();
        for (E constant : EnumSet.allOf(enumType)) {
            String value = Objects.requireNonNull(apiValue.apply(constant), "API value of " + constant);
            if (byApiValue.put(value, constant) != null) {
                throw new IllegalArgumentException("Two constants of " + enumType.getSimpleName() + " map to API value " + value);
            }
            byConstant.put(constant, value);
        }
        Builder builder = new Builder(name, expression, FieldType.ENUM);
        builder.enumType = enumType;
        builder.enumByApiValue = Collections.unmodifiableMap(byApiValue);
        builder.apiValueByEnum = byConstant;
        return builder;
    }

    /** The name clients use, e.g. {@code lastName} or {@code account.industry}. */
    public String name() {
        return name;
    }

    /** The HQL expression the field stands for, e.g. {@code e.lastName}. */
    public String expression() {
        return expression;
    }

    public FieldType type() {
        return type;
    }

    /** The enum class of an ENUM field, {@code null} for other types. */
    public Class<? extends Enum<?>> enumType() {
        return enumType;
    }

    public boolean filterable() {
        return filterable;
    }

    public boolean sortable() {
        return sortable;
    }

    /** Whether string comparisons ignore case (compared on {@code lower()}), e.g. for e-mail addresses. */
    public boolean caseInsensitive() {
        return caseInsensitive;
    }

    /** The HQL join clause a query needs when it uses this field. */
    public Optional<String> join() {
        return Optional.ofNullable(join);
    }

    /** The enum constant for an API value of an ENUM field, empty if the value is not one of {@link #enumApiValues()}. */
    public Optional<Enum<?>> enumConstant(String apiValue) {
        requireEnum();
        return Optional.ofNullable(enumByApiValue.get(apiValue));
    }

    /** The API value of a constant of this ENUM field's enum type. */
    public String apiValue(Enum<?> constant) {
        requireEnum();
        String value = apiValueByEnum.get(constant);
        if (value == null) {
            throw new IllegalArgumentException(constant + " is not a constant of the enum of field " + name);
        }
        return value;
    }

    /** The API values of an ENUM field in declaration order, e.g. for messages and schema generation. */
    public List<String> enumApiValues() {
        requireEnum();
        return List.copyOf(enumByApiValue.keySet());
    }

    private void requireEnum() {
        if (type != FieldType.ENUM) {
            throw new IllegalStateException("Field " + name + " is not an enum field");
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** Collects the options of one {@link QueryField}. */
    public static final class Builder {

        private final String name;
        private final String expression;
        private final FieldType type;
        private Class<? extends Enum<?>> enumType;
        private Map<String, Enum<?>> enumByApiValue;
        private Map<Enum<?>, String> apiValueByEnum;
        private boolean filterable = true;
        private boolean sortable;
        private boolean caseInsensitive;
        private String join;

        private Builder(String name, String expression, FieldType type) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Field name must be a dotted identifier: " + name);
            }
            if (expression == null || expression.isBlank()) {
                throw new IllegalArgumentException("Field " + name + " needs an HQL expression");
            }
            this.name = name;
            this.expression = expression;
            this.type = type;
        }

        /** Allows sorting (and so keyset paging) by this field. */
        public Builder sortable() {
            this.sortable = true;
            return this;
        }

        /** Forbids filtering on this field. */
        public Builder notFilterable() {
            this.filterable = false;
            return this;
        }

        /** Compares a STRING field on {@code lower()} in filters. */
        public Builder caseInsensitive() {
            if (type != FieldType.STRING) {
                throw new IllegalArgumentException("Only string fields can be case-insensitive: " + name);
            }
            this.caseInsensitive = true;
            return this;
        }

        /** The HQL join clause, e.g. {@code left join Account a on a.id = e.accountId}, added to queries that use the field. */
        public Builder join(String joinClause) {
            if (joinClause == null || joinClause.isBlank()) {
                throw new IllegalArgumentException("Join clause of field " + name + " must not be blank");
            }
            this.join = joinClause;
            return this;
        }

        public QueryField build() {
            return new QueryField(this);
        }
    }
}
