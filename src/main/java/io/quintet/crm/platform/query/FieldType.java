package io.quintet.crm.platform.query;

/**
 * The value type of a queryable field; it decides how filter values are parsed and which operators apply.
 *
 * <p>Java types of converted values: STRING {@link String}, UUID {@link java.util.UUID}, ENUM the enum
 * constant, DECIMAL {@link java.math.BigDecimal}, INTEGER {@link Long}, BOOLEAN {@link Boolean},
 * TIMESTAMP {@link java.time.Instant}, DATE {@link java.time.LocalDate}.
 */
public enum FieldType {
    STRING("string", true),
    UUID("UUID", false),
    ENUM("enum", false),
    DECIMAL("decimal", true),
    INTEGER("integer", true),
    BOOLEAN("boolean", false),
    /** An {@link java.time.Instant}; filters accept ISO-8601 instants or a plain date meaning its start in UTC. */
    TIMESTAMP("timestamp", true),
    DATE("date", true);

    private final String label;
    private final boolean ordered;

    FieldType(String label, boolean ordered) {
        this.label = label;
        this.ordered = ordered;
    }

    /** The type's name as shown to clients in messages, e.g. {@code boolean}. */
    public String label() {
        return label;
    }

    /** Whether filters may use {@code op} on a field of this type. */
    public boolean allows(Operator op) {
        return ordered || !op.isOrdering();
    }
}
