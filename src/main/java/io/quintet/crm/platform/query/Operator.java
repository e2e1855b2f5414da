package io.quintet.crm.platform.query;

import java.util.List;

/** A filter comparison operator with its RSQL spellings; the first symbol is the canonical one used in messages. */
public enum Operator {
    /** Equal; on strings a value containing {@code *} is a case-insensitive wildcard match. */
    EQ("=="),
    /** Not equal; on strings a value containing {@code *} is a case-insensitive wildcard non-match. */
    NE("!="),
    /** Greater than. */
    GT("=gt=", ">"),
    /** Greater than or equal. */
    GE("=ge=", ">="),
    /** Less than. */
    LT("=lt=", "<"),
    /** Less than or equal. */
    LE("=le=", "<="),
    /** Equal to one of the values. */
    IN("=in="),
    /** Equal to none of the values. */
    OUT("=out="),
    /** With value {@code true}: the field is null; with {@code false}: it is not. */
    IS_NULL("=isnull=");

    private final List<String> symbols;

    Operator(String... symbols) {
        this.symbols = List.of(symbols);
    }

    /** The canonical RSQL symbol, e.g. {@code =gt=}. */
    public String symbol() {
        return symbols.get(0);
    }

    /** All RSQL spellings, canonical first, e.g. {@code =gt=} and {@code >}. */
    public List<String> symbols() {
        return symbols;
    }

    /** Whether the operator compares by order, which only some field types support. */
    public boolean isOrdering() {
        return this == GT || this == GE || this == LT || this == LE;
    }

    /** Whether the operator takes a list of values rather than exactly one. */
    public boolean isMultiValue() {
        return this == IN || this == OUT;
    }
}
