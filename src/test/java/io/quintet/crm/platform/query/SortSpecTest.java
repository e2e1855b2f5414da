package io.quintet.crm.platform.query;

import static io.quintet.crm.platform.query.TestFields.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SortSpecTest {

    private static QueryException error(String sort) {
        QueryException e = assertThrows(QueryException.class, () -> SortSpec.parse(sort, CONTACTS));
        assertEquals("sort", e.parameter());
        return e;
    }

    @Test
    void parsesDirectionsAndAppendsIdTieBreaker() {
        SortSpec sort = SortSpec.parse("lastName,-createdAt", CONTACTS);
        assertEquals(List.of(new SortKey(CONTACTS.get("lastName"), false), new SortKey(CONTACTS.get("createdAt"), true),
                new SortKey(CONTACTS.get("id"), false)), sort.keys());
        assertEquals("lastName,-createdAt,id", sort.toString());
        assertEquals("order by e.lastName asc nulls last, e.createdAt desc nulls first, e.id asc nulls last", sort.orderBy());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+lastName          | lastName,id",
        "' lastName'        | lastName,id",
        "' lastName , -amount ' | lastName,-amount,id",
        "-id                | -id",
        "id,lastName        | id,lastName",
        "-employees,id      | -employees,id",
        "account.industry   | account.industry,id",
    })
    void acceptedSpellings(String sort, String canonical) {
        assertEquals(canonical, SortSpec.parse(sort, CONTACTS).toString());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void blankSortUsesTheDefault(String sort) {
        assertEquals("-createdAt,id", SortSpec.parse(sort, CONTACTS, "-createdAt").toString());
        assertEquals("id", SortSpec.parse(sort, CONTACTS).toString());
    }

    @Test
    void invalidDefaultIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> SortSpec.parse(null, CONTACTS, "nope"));
    }

    @Test
    void unknownAndUnsortableFieldsAreRefused() {
        QueryException unknown = error("lastName,-foo");
        assertEquals("foo", unknown.field());
        assertTrue(unknown.getMessage().startsWith("Unknown field 'foo' in sort; sortable fields: id, firstName,"),
                unknown.getMessage());
        QueryException unsortable = error("ownerId");
        assertEquals("ownerId", unsortable.field());
        assertTrue(unsortable.getMessage().startsWith("Field 'ownerId' cannot be used in sort; sortable fields:"));
    }

    @Test
    void duplicatesAreRefused() {
        QueryException e = error("lastName,-lastName");
        assertEquals("lastName", e.field());
        assertEquals("Field 'lastName' appears more than once in sort", e.getMessage());
        assertEquals("id", error("id,-id").field());
    }

    @ParameterizedTest
    @ValueSource(strings = {",", "lastName,", "-", "lastName,,amount", "+"})
    void emptyItemsAreRefused(String sort) {
        QueryException e = error(sort);
        assertNull(e.field());
        assertTrue(e.getMessage().startsWith("Empty field in sort;"), e.getMessage());
    }

    @Test
    void keyCountIsLimited() {
        assertEquals(6, SortSpec.parse("firstName,lastName,email,amount,employees", CONTACTS).keys().size());
        assertEquals("Sort by at most 5 fields, got 6", error("firstName,lastName,email,amount,employees,birthday").getMessage());
    }

    @Test
    void joinsOfSortFields() {
        assertEquals(Set.of(TestFields.ACCOUNT_JOIN), SortSpec.parse("account.industry", CONTACTS).joins());
        assertEquals(Set.of(), SortSpec.parse("lastName", CONTACTS).joins());
    }

    @Test
    void keysAreImmutableAndFieldsShared() {
        SortSpec sort = SortSpec.parse("lastName", CONTACTS);
        assertThrows(UnsupportedOperationException.class, () -> sort.keys().clear());
        assertSame(CONTACTS.get("lastName"), sort.keys().get(0).field());
        assertFalse(sort.keys().get(0).descending());
    }

    @Test
    void fingerprintNamesResourceAndSort() {
        assertEquals("contacts:-amount,id", SortSpec.parse("-amount", CONTACTS).fingerprint());
    }
}
