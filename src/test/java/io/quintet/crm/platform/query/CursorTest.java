package io.quintet.crm.platform.query;

import static io.quintet.crm.platform.query.TestFields.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quintet.crm.platform.query.TestFields.Stage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private static final UUID ID = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    private static void assertInvalid(String cursor, SortSpec sort, byte[] key) {
        QueryException e = assertThrows(QueryException.class, () -> Cursor.decode(cursor, sort, key));
        assertEquals("cursor", e.parameter());
        assertNull(e.field());
        assertEquals("Invalid cursor: it was not issued for this list and sort", e.getMessage());
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("lastName", "Smith"),
                Arguments.of("lastName", ""),
                Arguments.of("lastName", "Zoë \u00e5\u4e2d\ud83d\ude00 ,;'\"\n\0"),
                Arguments.of("email", "Ann@Example.COM"),
                Arguments.of("stage", Stage.CHURNED),
                Arguments.of("amount", new BigDecimal("1250.50")),
                Arguments.of("amount", new BigDecimal("1250.5000")),
                Arguments.of("amount", new BigDecimal("-0.000001")),
                Arguments.of("amount", new BigDecimal("1E+3")),
                Arguments.of("amount", new BigDecimal("12345678901234567890.123456789012345678")),
                Arguments.of("employees", Long.MAX_VALUE),
                Arguments.of("employees", -1L),
                Arguments.of("doNotContact", true),
                Arguments.of("doNotContact", false),
                Arguments.of("createdAt", Instant.parse("2026-03-01T10:15:30.123456Z")),
                Arguments.of("createdAt", Instant.parse("2026-03-01T10:15:30Z")),
                Arguments.of("createdAt", Instant.parse("1969-12-31T23:59:59.999999Z")),
                Arguments.of("createdAt", Instant.parse("2026-03-01T10:15:30.123456789Z")),
                Arguments.of("birthday", LocalDate.of(1990, 2, 28)),
                Arguments.of("account.industry", "Retail"));
    }

    @ParameterizedTest
    @MethodSource("values")
    void valuesRoundTripExactly(String field, Object value) {
        SortSpec sort = SortSpec.parse(field, CONTACTS);
        String cursor = Cursor.encode(sort, List.of(value, ID), KEY);
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
        List<Object> decoded = Cursor.decode(cursor, sort, KEY);
        assertEquals(List.of(value, ID), decoded);
        assertEquals(value.getClass(), decoded.get(0).getClass());
        if (value instanceof BigDecimal) {
            assertEquals(((BigDecimal) value).scale(), ((BigDecimal) decoded.get(0)).scale());
        }
    }

    @Test
    void longTextValuesFit() {
        SortSpec sort = SortSpec.parse("lastName", CONTACTS);
        List<Object> values = List.of("x".repeat(5000), ID);
        assertEquals(values, Cursor.decode(Cursor.encode(sort, values, KEY), sort, KEY));
    }

    @Test
    void nullsRoundTrip() {
        SortSpec sort = SortSpec.parse("lastName,-createdAt,stage,amount", CONTACTS);
        List<Object> values = Arrays.asList(null, null, Stage.LEAD, null, ID);
        assertEquals(values, Cursor.decode(Cursor.encode(sort, values, KEY), sort, KEY));
    }

    @Test
    void integerIsAcceptedAndComesBackAsLong() {
        SortSpec sort = SortSpec.parse("employees", CONTACTS);
        assertEquals(List.of(42L, ID), Cursor.decode(Cursor.encode(sort, List.of(42, ID), KEY), sort, KEY));
    }

    @Test
    void decodedValuesAreImmutable() {
        SortSpec sort = SortSpec.parse("lastName", CONTACTS);
        List<Object> decoded = Cursor.decode(Cursor.encode(sort, List.of("a", ID), KEY), sort, KEY);
        assertThrows(UnsupportedOperationException.class, () -> decoded.set(0, "b"));
    }

    @Test
    void encodeRejectsProgrammingErrors() {
        SortSpec sort = SortSpec.parse("employees", CONTACTS);
        assertThrows(IllegalArgumentException.class, () -> Cursor.encode(sort, List.of(1L), KEY));
        assertThrows(IllegalArgumentException.class, () -> Cursor.encode(sort, List.of("1", ID), KEY));
        assertThrows(IllegalArgumentException.class, () -> Cursor.encode(sort, List.of(1L, ID), new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> Cursor.encode(SortSpec.parse("stage", CONTACTS),
                List.of(FieldType.DATE, ID), KEY));
    }

    @Test
    void otherSortIsRejected() {
        SortSpec byName = SortSpec.parse("lastName", CONTACTS);
        String cursor = Cursor.encode(byName, List.of("Smith", ID), KEY);
        assertInvalid(cursor, SortSpec.parse("-lastName", CONTACTS), KEY);
        assertInvalid(cursor, SortSpec.parse("firstName", CONTACTS), KEY);
        assertInvalid(cursor, SortSpec.parse("lastName,firstName", CONTACTS), KEY);
        assertInvalid(cursor, SortSpec.parse(null, CONTACTS), KEY);
    }

    @Test
    void otherResourceIsRejected() {
        QueryFields leads = QueryFields.of("leads", QueryField.string("lastName", "e.lastName").sortable().build());
        String cursor = Cursor.encode(SortSpec.parse("lastName", CONTACTS), List.of("Smith", ID), KEY);
        assertInvalid(cursor, SortSpec.parse("lastName", leads), KEY);
    }

    @Test
    void otherKeyIsRejected() {
        SortSpec sort = SortSpec.parse("lastName", CONTACTS);
        assertInvalid(Cursor.encode(sort, List.of("Smith", ID), OTHER_KEY), sort, KEY);
    }

    @Test
    void everyFlippedBitIsDetected() {
        SortSpec sort = SortSpec.parse("-createdAt,amount", CONTACTS);
        String cursor = Cursor.encode(sort, List.of(Instant.parse("2026-01-01T00:00:00Z"), new BigDecimal("9.99"), ID), KEY);
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        for (int i = 0; i < bytes.length * 8; i++) {
            byte[] tampered = bytes.clone();
            tampered[i / 8] ^= (byte) (1 << (i % 8));
            assertInvalid(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered), sort, KEY);
        }
    }

    @Test
    void truncatedAndExtendedCursorsAreRejected() {
        SortSpec sort = SortSpec.parse("lastName", CONTACTS);
        String cursor = Cursor.encode(sort, List.of("Smith", ID), KEY);
        for (int length = 0; length < cursor.length(); length++) {
            assertInvalid(cursor.substring(0, length), sort, KEY);
        }
        assertInvalid(cursor + "A", sort, KEY);
        assertInvalid("A" + cursor, sort, KEY);
    }

    @Test
    void forgedCursorWithValidLayoutIsRejected() {
        SortSpec sort = SortSpec.parse("lastName", CONTACTS);
        String genuine = Cursor.encode(sort, List.of("Smith", ID), KEY);
        String forgedBody = Cursor.encode(sort, List.of("Admin", ID), OTHER_KEY);
        byte[] forged = Base64.getUrlDecoder().decode(forgedBody);
        byte[] real = Base64.getUrlDecoder().decode(genuine);
        // Splice the genuine signature onto a different body of the same length.
        System.arraycopy(real, real.length - 32, forged, forged.length - 32, 32);
        assertInvalid(Base64.getUrlEncoder().withoutPadding().encodeToString(forged), sort, KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!!", "not base64 at all", "AAAA", "eyJhbGciOiJub25lIn0", "////", "a=b"})
    void garbageIsRejected(String cursor) {
        assertInvalid(cursor, SortSpec.parse("lastName", CONTACTS), KEY);
    }

    @Test
    void nullAndHugeCursorsAreRejected() {
        SortSpec sort = SortSpec.parse("lastName", CONTACTS);
        assertInvalid(null, sort, KEY);
        assertInvalid("A".repeat(9000), sort, KEY);
    }
}
