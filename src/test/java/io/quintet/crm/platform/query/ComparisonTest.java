package io.quintet.crm.platform.query;

import static io.quintet.crm.platform.query.TestFields.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quintet.crm.platform.query.FilterNode.Comparison;
import io.quintet.crm.platform.query.TestFields.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ComparisonTest {

    private static Comparison of(String field, Operator op, String... values) {
        return Comparison.of(CONTACTS, field, op, List.of(values));
    }

    private static QueryException error(String field, Operator op, String... values) {
        QueryException e = assertThrows(QueryException.class, () -> of(field, op, values));
        assertEquals("filter", e.parameter());
        return e;
    }

    static Stream<Arguments> conversions() {
        return Stream.of(
                Arguments.of("lastName", "Smith", "Smith"),
                Arguments.of("lastName", "", ""),
                Arguments.of("ownerId", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301")),
                Arguments.of("ownerId", "3F2504E0-4F89-11D3-9A0C-0305E82C3301", UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301")),
                Arguments.of("stage", "prospect", Stage.PROSPECT),
                Arguments.of("amount", "1250.50", new BigDecimal("1250.50")),
                Arguments.of("amount", "-3", new BigDecimal("-3")),
                Arguments.of("employees", "42", 42L),
                Arguments.of("employees", "-9223372036854775808", Long.MIN_VALUE),
                Arguments.of("doNotContact", "true", true),
                Arguments.of("doNotContact", "FALSE", false),
                Arguments.of("createdAt", "2026-01-01T09:30:00Z", Instant.parse("2026-01-01T09:30:00Z")),
                Arguments.of("createdAt", "2026-01-01T09:30:00.123456Z", Instant.parse("2026-01-01T09:30:00.123456Z")),
                Arguments.of("createdAt", "2026-01-01T11:30:00+02:00", Instant.parse("2026-01-01T09:30:00Z")),
                Arguments.of("createdAt", "2026-01-01", Instant.parse("2026-01-01T00:00:00Z")),
                Arguments.of("birthday", "1990-02-28", LocalDate.of(1990, 2, 28)),
                Arguments.of("account.industry", "Retail", "Retail"));
    }

    @ParameterizedTest
    @MethodSource("conversions")
    void convertsEachTypeToItsJavaType(String field, String raw, Object expected) {
        Comparison c = of(field, Operator.EQ, raw);
        assertSame(CONTACTS.get(field), c.field());
        assertEquals(Operator.EQ, c.op());
        assertEquals(List.of(expected), c.values());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "ownerId      | 12345                                  | '12345' is not a valid UUID for field 'ownerId'",
        "ownerId      | 1-2-3-4-5                              | '1-2-3-4-5' is not a valid UUID for field 'ownerId'",
        "amount       | abc                                    | 'abc' is not a valid number for field 'amount'; use digits with an optional '.' such as 1250.50",
        "amount       | 1e9                                    | '1e9' is not a valid number for field 'amount'; use digits with an optional '.' such as 1250.50",
        "amount       | NaN                                    | 'NaN' is not a valid number for field 'amount'; use digits with an optional '.' such as 1250.50",
        "employees    | abc                                    | 'abc' is not a valid number for field 'employees'; use a whole number such as 42",
        "employees    | 1.5                                    | '1.5' is not a valid number for field 'employees'; use a whole number such as 42",
        "employees    | 9223372036854775808                    | '9223372036854775808' is not a valid number for field 'employees'; it is out of range",
        "doNotContact | yes                                    | 'yes' is not a valid boolean for field 'doNotContact'; use true or false",
        "createdAt    | yesterday                              | 'yesterday' is not a valid timestamp for field 'createdAt'; use ISO-8601 such as 2026-01-31T09:30:00Z or a date such as 2026-01-31",
        "createdAt    | 2026-01-01T09:30:00                    | '2026-01-01T09:30:00' is not a valid timestamp for field 'createdAt'; use ISO-8601 such as 2026-01-31T09:30:00Z or a date such as 2026-01-31",
        "createdAt    | 2026-13-01                             | '2026-13-01' is not a valid timestamp for field 'createdAt'; use ISO-8601 such as 2026-01-31T09:30:00Z or a date such as 2026-01-31",
        "birthday     | 2026-02-30                             | '2026-02-30' is not a valid date for field 'birthday'; use ISO-8601 such as 2026-01-31",
        "stage        | PROSPECT                               | 'PROSPECT' is not a valid value for field 'stage'; allowed values: lead, prospect, customer, churned",
    })
    void rejectsUnparseableValuesNamingFieldAndFix(String field, String raw, String message) {
        QueryException e = error(field, Operator.EQ, raw);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Operator.class, names = {"GT", "GE", "LT", "LE"})
    void orderingOperatorsWorkOnOrderedTypes(Operator op) {
        assertEquals(List.of("M"), of("lastName", op, "M").values());
        assertEquals(List.of(new BigDecimal("10")), of("amount", op, "10").values());
        assertEquals(List.of(10L), of("employees", op, "10").values());
        assertEquals(List.of(Instant.parse("2026-01-01T00:00:00Z")), of("createdAt", op, "2026-01-01").values());
        assertEquals(List.of(LocalDate.of(2026, 1, 1)), of("birthday", op, "2026-01-01").values());
    }

    @ParameterizedTest
    @EnumSource(value = Operator.class, names = {"GT", "GE", "LT", "LE"})
    void orderingOperatorsAreRefusedOnUnorderedTypes(Operator op) {
        assertEquals("Operator '" + op.symbol() + "' is not allowed on boolean field 'doNotContact';"
                + " use ==, !=, =in=, =out= or =isnull=", error("doNotContact", op, "true").getMessage());
        assertTrue(error("ownerId", op, UUID.randomUUID().toString()).getMessage()
                .startsWith("Operator '" + op.symbol() + "' is not allowed on UUID field 'ownerId'"));
        assertTrue(error("stage", op, "lead").getMessage()
                .startsWith("Operator '" + op.symbol() + "' is not allowed on enum field 'stage'"));
    }

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void equalityListAndNullOperatorsAreAllowedOnEveryType(FieldType type) {
        for (Operator op : List.of(Operator.EQ, Operator.NE, Operator.IN, Operator.OUT, Operator.IS_NULL)) {
            assertTrue(type.allows(op), type + " " + op);
        }
        assertEquals(type != FieldType.BOOLEAN && type != FieldType.UUID && type != FieldType.ENUM, type.allows(Operator.GT));
    }

    @Test
    void listOperatorsConvertEveryValue() {
        Comparison in = of("stage", Operator.IN, "lead", "customer");
        assertEquals(List.of(Stage.LEAD, Stage.CUSTOMER), in.values());
        Comparison out = of("employees", Operator.OUT, "1", "2", "3");
        assertEquals(List.of(1L, 2L, 3L), out.values());
        QueryException e = error("stage", Operator.IN, "lead", "vip");
        assertEquals("'vip' is not a valid value for field 'stage'; allowed values: lead, prospect, customer, churned",
                e.getMessage());
    }

    @Test
    void arityIsChecked() {
        assertEquals("Operator '==' on field 'lastName' takes exactly one value, got 2; use =in= for a list",
                error("lastName", Operator.EQ, "a", "b").getMessage());
        assertEquals("Operator '=gt=' on field 'employees' takes exactly one value, got 0; use =in= for a list",
                error("employees", Operator.GT).getMessage());
        assertEquals("Operator '=in=' on field 'lastName' needs at least one value",
                error("lastName", Operator.IN).getMessage());
        String[] many = IntStream.range(0, FilterValues.MAX_VALUES + 1).mapToObj(String::valueOf).toArray(String[]::new);
        assertEquals("Operator '=out=' on field 'employees' takes at most 100 values, got 101",
                error("employees", Operator.OUT, many).getMessage());
        assertEquals(FilterValues.MAX_VALUES, of("employees", Operator.IN, Arrays.copyOf(many, 100)).values().size());
    }

    @Test
    void isNullTakesTrueOrFalse() {
        assertEquals(List.of(true), of("email", Operator.IS_NULL, "true").values());
        assertEquals(List.of(false), of("stage", Operator.IS_NULL, "False").values());
        assertEquals("'maybe' is not valid for =isnull= on field 'email'; use true or false",
                error("email", Operator.IS_NULL, "maybe").getMessage());
    }

    @Test
    void nullValueIsRefusedWithHint() {
        QueryException e = assertThrows(QueryException.class,
                () -> Comparison.of(CONTACTS, "email", Operator.EQ, Collections.singletonList(null)));
        assertEquals("Missing value for field 'email'; to match absent values use =isnull=true", e.getMessage());
    }

    @Test
    void unknownAndUnfilterableFieldsAreRefused() {
        QueryException unknown = error("foo", Operator.EQ, "x");
        assertEquals("foo", unknown.field());
        assertTrue(unknown.getMessage().startsWith("Unknown field 'foo' in filter; filterable fields: id, firstName,"));
        assertTrue(error("notes", Operator.EQ, "x").getMessage().startsWith("Field 'notes' cannot be used in filter"));
    }

    @Test
    void longValuesAreShortenedInMessages() {
        String value = "x".repeat(5000);
        QueryException e = error("employees", Operator.EQ, value);
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    @Test
    void messagesCarryNoClassNames() {
        Stream<QueryException> errors = Stream.of(error("employees", Operator.EQ, "x"), error("ownerId", Operator.EQ, "x"),
                error("createdAt", Operator.EQ, "x"), error("birthday", Operator.EQ, "x"), error("amount", Operator.EQ, "x"));
        String all = errors.map(Throwable::getMessage).collect(Collectors.joining("\n"));
        assertTrue(!all.contains("Exception") && !all.contains("java."), all);
    }
}
