package io.quintet.crm.platform.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldSelectionTest {

    private static final Set<String> ALLOWED = new LinkedHashSet<>(List.of("id", "firstName", "lastName", "email", "version"));

    @Test
    void keepsRequestOrderWithIdFirst() {
        assertEquals(List.of("id", "email", "firstName"), List.copyOf(FieldSelection.parse("email,firstName", ALLOWED)));
        assertEquals(List.of("id", "email"), List.copyOf(FieldSelection.parse("email,id", ALLOWED)));
        assertEquals(List.of("id", "lastName"), List.copyOf(FieldSelection.parse(" lastName , lastName", ALLOWED)));
        assertEquals(List.of("id"), List.copyOf(FieldSelection.parse("id", Set.of("name"))));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    void absentSelectsEverything(String fields) {
        assertEquals(List.of("id", "firstName", "lastName", "email", "version"), List.copyOf(FieldSelection.parse(fields, ALLOWED)));
    }

    @Test
    void unknownFieldIsRefused() {
        QueryException e = assertThrows(QueryException.class, () -> FieldSelection.parse("firstName,password", ALLOWED));
        assertEquals("fields", e.parameter());
        assertEquals("password", e.field());
        assertEquals("Unknown field 'password' in fields; available fields: id, firstName, lastName, email, version",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {",", "firstName,", "firstName,,email"})
    void emptyNameIsRefused(String fields) {
        QueryException e = assertThrows(QueryException.class, () -> FieldSelection.parse(fields, ALLOWED));
        assertEquals("fields", e.parameter());
        assertNull(e.field());
    }

    @Test
    void resultIsImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> FieldSelection.parse("email", ALLOWED).add("x"));
    }
}
