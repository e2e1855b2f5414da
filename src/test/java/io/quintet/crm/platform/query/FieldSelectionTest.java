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

    private static final Set<String> NONE_HIDDEN = Set.of();
    private static final Set<String> ALLOWED = new LinkedHashSet<>(List.of("id", "firstName", "lastName", "email", "version"));

    @Test
    void keepsRequestOrderWithIdFirst() {
        assertEquals(List.of("id", "email", "firstName"), List.copyOf(FieldSelection.parse("email,firstName", ALLOWED, NONE_HIDDEN)));
        assertEquals(List.of("id", "email"), List.copyOf(FieldSelection.parse("email,id", ALLOWED, NONE_HIDDEN)));
        assertEquals(List.of("id", "lastName"), List.copyOf(FieldSelection.parse(" lastName , lastName", ALLOWED, NONE_HIDDEN)));
        assertEquals(List.of("id"), List.copyOf(FieldSelection.parse("id", Set.of("name"), Set.of())));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    void absentSelectsEverything(String fields) {
        assertEquals(List.of("id", "firstName", "lastName", "email", "version"), List.copyOf(FieldSelection.parse(fields, ALLOWED, NONE_HIDDEN)));
    }

    @Test
    void unknownFieldIsRefused() {
        QueryException e = assertThrows(QueryException.class, () -> FieldSelection.parse("firstName,password", ALLOWED, NONE_HIDDEN));
        assertEquals("fields", e.parameter());
        assertEquals("password", e.field());
        assertEquals("Unknown field 'password' in fields; available fields: id, firstName, lastName, email, version",
                e.getMessage());
    }

    @Test
    void hiddenFieldIsRefusedAsHidden() {
        QueryException e = assertThrows(QueryException.class,
                () -> FieldSelection.parse("firstName,salary", ALLOWED, Set.of("salary")));
        assertEquals("salary", e.field());
        assertEquals("Field 'salary' is hidden from your role and cannot be used in fields", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {",", "firstName,", "firstName,,email"})
    void emptyNameIsRefused(String fields) {
        QueryException e = assertThrows(QueryException.class, () -> FieldSelection.parse(fields, ALLOWED, NONE_HIDDEN));
        assertEquals("fields", e.parameter());
        assertNull(e.field());
    }

    @Test
    void resultIsImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> FieldSelection.parse("email", ALLOWED, NONE_HIDDEN).add("x"));
    }
}
