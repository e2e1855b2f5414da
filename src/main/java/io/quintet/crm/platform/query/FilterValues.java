package io.quintet.crm.platform.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Checks the operator and values of a client's comparison against the field and converts the values to Java types. */
final class FilterValues {

    /** Caps {@code =in=} lists so one comparison cannot bind an unbounded parameter list. */
    static final int MAX_VALUES = 100;

    // Plain decimals only: exponents like 1e999999 would parse but fail (or explode) in the database.
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,40}(\\.\\d{1,40})?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,19}");
    // UUID.fromString accepts short groups like 1-2-3-4-5; require the canonical form.
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private FilterValues() {
    }

    static List<Object> convert(QueryField field, Operator op, List<String> rawValues) {
        String name = field.name();
        if (!field.type().allows(op)) {
            throw new QueryException("filter", name, "Operator '" + op.symbol() + "' is not allowed on "
                    + field.type().label() + " field '" + name + "'; use ==, !=, =in=, =out= or =isnull=");
        }
        checkArity(name, op, rawValues.size());
        List<Object> values = new ArrayList<>(rawValues.size());
        for (String raw : rawValues) {
            if (raw == null) {
                throw new QueryException("filter", name, "Missing value for field '" + name
                        + "'; to match absent values use =isnull=true");
            }
            if (raw.indexOf('\u0000') >= 0) {
                // No stored text can contain NUL, and PostgreSQL refuses it even as a parameter.
                throw new QueryException("filter", name, "A value for field '" + name
                        + "' contains the NUL character, which no value can contain");
            }
            values.add(op == Operator.IS_NULL ? parseIsNull(name, raw) : parse(field, raw));
        }
        return values;
    }

    private static void checkArity(String name, Operator op, int count) {
        if (op.isMultiValue()) {
            if (count == 0) {
                throw new QueryException("filter", name, "Operator '" + op.symbol() + "' on field '" + name
                        + "' needs at least one value");
            }
            if (count > MAX_VALUES) {
                throw new QueryException("filter", name, "Operator '" + op.symbol() + "' on field '" + name
                        + "' takes at most " + MAX_VALUES + " values, got " + count);
            }
        } else if (count != 1) {
            throw new QueryException("filter", name, "Operator '" + op.symbol() + "' on field '" + name
                    + "' takes exactly one value, got " + count + "; use =in= for a list");
        }
    }

    private static Boolean parseIsNull(String name, String raw) {
        Boolean value = parseBoolean(raw);
        if (value == null) {
            throw new QueryException("filter", name, QueryException.quote(raw) + " is not valid for =isnull= on field '"
                    + name + "'; use true or false");
        }
        return value;
    }

    private static Object parse(QueryField field, String raw) {
        String name = field.name();
        return switch (field.type()) {
            case STRING -> raw;
            case UUID -> {
                if (!UUID_TEXT.matcher(raw).matches()) {
                    throw invalid(raw, "UUID", name, "");
                }
                yield UUID.fromString(raw);
            }
            case ENUM -> field.enumConstant(raw).orElseThrow(() -> new QueryException("filter", name,
                    QueryException.quote(raw) + " is not a valid value for field '" + name + "'; allowed values: "
                            + String.join(", ", field.enumApiValues())));
            case DECIMAL -> {
                if (!DECIMAL.matcher(raw).matches()) {
                    throw invalid(raw, "number", name, "; use digits with an optional '.' such as 1250.50");
                }
                yield new BigDecimal(raw);
            }
            case INTEGER -> parseInteger(raw, name);
            case BOOLEAN -> {
                Boolean value = parseBoolean(raw);
                if (value == null) {
                    throw invalid(raw, "boolean", name, "; use true or false");
                }
                yield value;
            }
            case TIMESTAMP -> parseTimestamp(raw, name);
            case DATE -> parseDate(raw, name);
        };
    }

    private static LocalDate parseDate(String raw, String name) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw invalid(raw, "date", name, "; use ISO-8601 such as 2026-01-31");
        }
    }

    private static Long parseInteger(String raw, String name) {
        if (INTEGER.matcher(raw).matches()) {
            try {
                return Long.valueOf(raw);
            } catch (NumberFormatException e) {
                throw invalid(raw, "number", name, "; it is out of range");
            }
        }
        throw invalid(raw, "number", name, "; use a whole number such as 42");
    }

    private static Instant parseTimestamp(String raw, String name) {
        try {
            // A bare date is the common way to ask for "since that day", taken as its start in UTC.
            if (raw.length() == 10) {
                return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(raw, "timestamp", name, "; use ISO-8601 such as 2026-01-31T09:30:00Z or a date such as 2026-01-31");
        }
    }

    private static Boolean parseBoolean(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        return lower.equals("true") ? Boolean.TRUE : lower.equals("false") ? Boolean.FALSE : null;
    }

    private static QueryException invalid(String raw, String what, String name, String hint) {
        return new QueryException("filter", name,
                QueryException.quote(raw) + " is not a valid " + what + " for field '" + name + "'" + hint);
    }
}
