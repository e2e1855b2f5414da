package io.quintet.crm.platform.query;

import static io.quintet.crm.platform.query.TestFields.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quintet.crm.platform.query.TestFields.Stage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryFieldsTest {

    @Test
    void idIsAddedFirstAsSortableUuidOnEntityId() {
        QueryField id = CONTACTS.get("id");
        assertEquals(FieldType.UUID, id.type());
        assertEquals("e.id", id.expression());
        assertTrue(id.sortable());
        assertTrue(id.filterable());
        assertEquals("id", CONTACTS.names().iterator().next());
    }

    @Test
    void namesKeepDeclarationOrder() {
        assertEquals(List.of("id", "firstName", "lastName", "email", "stage", "ownerId", "amount", "employees",
                "doNotContact", "createdAt", "birthday", "notes", "account.industry", "account.name"),
                List.copyOf(CONTACTS.names()));
        assertEquals(CONTACTS.names().size(), CONTACTS.all().size());
    }

    @Test
    void explicitIdKeepsItsPlace() {
        QueryField id = QueryField.uuid("id", "e.id").sortable().build();
        QueryFields fields = QueryFields.of("things", QueryField.string("name", "e.name").build(), id);
        assertSame(id, fields.get("id"));
        assertEquals(List.of("id", "name"), List.copyOf(fields.names()));
    }

    @Test
    void rejectsIdThatIsNotTheTieBreaker() {
        assertThrows(IllegalArgumentException.class,
                () -> QueryFields.of("things", QueryField.string("id", "e.id").sortable().build()));
        assertThrows(IllegalArgumentException.class,
                () -> QueryFields.of("things", QueryField.uuid("id", "e.uuid").sortable().build()));
        assertThrows(IllegalArgumentException.class,
                () -> QueryFields.of("things", QueryField.uuid("id", "e.id").build()));
    }

    @Test
    void rejectsDuplicateNamesAndBadResource() {
        assertThrows(IllegalArgumentException.class, () -> QueryFields.of("things",
                QueryField.string("name", "e.name").build(), QueryField.string("name", "e.other").build()));
        assertThrows(IllegalArgumentException.class, () -> QueryFields.of("bad name"));
        assertThrows(IllegalArgumentException.class, () -> QueryFields.of(null));
    }

    @Test
    void getUnknownFieldNamesTheKnownOnes() {
        QueryException e = assertThrows(QueryException.class, () -> CONTACTS.get("foo"));
        assertEquals("fields", e.parameter());
        assertEquals("foo", e.field());
        assertTrue(e.getMessage().startsWith("Unknown field 'foo'; known fields: id, firstName, lastName"), e.getMessage());
    }

    @Test
    void filterableListsOnlyFilterableFields() {
        QueryException unknown = assertThrows(QueryException.class, () -> CONTACTS.filterable("foo"));
        assertEquals("filter", unknown.parameter());
        assertEquals("Unknown field 'foo' in filter; filterable fields: id, firstName, lastName, email, stage, ownerId,"
                + " amount, employees, doNotContact, createdAt, birthday, account.industry, account.name", unknown.getMessage());
        QueryException notFilterable = assertThrows(QueryException.class, () -> CONTACTS.filterable("notes"));
        assertEquals("notes", notFilterable.field());
        assertTrue(notFilterable.getMessage().startsWith("Field 'notes' cannot be used in filter; filterable fields: id,"));
    }

    @Test
    void sortableListsOnlySortableFields() {
        QueryException e = assertThrows(QueryException.class, () -> CONTACTS.sortable("ownerId"));
        assertEquals("sort", e.parameter());
        assertEquals("ownerId", e.field());
        assertEquals("Field 'ownerId' cannot be used in sort; sortable fields: id, firstName, lastName, email, stage,"
                + " amount, employees, doNotContact, createdAt, birthday, account.industry", e.getMessage());
    }

    @Test
    void builderDefaultsAndOptions() {
        QueryField plain = QueryField.decimal("amount", "e.amount").build();
        assertTrue(plain.filterable());
        assertFalse(plain.sortable());
        assertFalse(plain.caseInsensitive());
        assertEquals(Optional.empty(), plain.join());
        assertNull(plain.enumType());
        QueryField joined = CONTACTS.get("account.industry");
        assertEquals(Optional.of(TestFields.ACCOUNT_JOIN), joined.join());
        assertEquals("a.industry", joined.expression());
        assertTrue(CONTACTS.get("email").caseInsensitive());
    }

    @Test
    void builderRejectsMisuse() {
        assertThrows(IllegalArgumentException.class, () -> QueryField.integer("n", "e.n").caseInsensitive());
        assertThrows(IllegalArgumentException.class, () -> QueryField.string("bad name", "e.x"));
        assertThrows(IllegalArgumentException.class, () -> QueryField.string("name", " "));
        assertThrows(IllegalArgumentException.class, () -> QueryField.string("name", "e.name").join(""));
    }

    @Test
    void enumMapsApiValuesBothWays() {
        QueryField stage = CONTACTS.get("stage");
        assertEquals(Stage.class, stage.enumType());
        assertEquals(List.of("lead", "prospect", "customer", "churned"), stage.enumApiValues());
        assertEquals(Optional.of(Stage.PROSPECT), stage.enumConstant("prospect"));
        assertEquals(Optional.empty(), stage.enumConstant("PROSPECT"));
        assertEquals("customer", stage.apiValue(Stage.CUSTOMER));
        assertThrows(IllegalArgumentException.class, () -> stage.apiValue(FieldType.STRING));
        assertThrows(IllegalStateException.class, () -> CONTACTS.get("lastName").enumApiValues());
    }

    @Test
    void enumWithCustomMapping() {
        QueryField stage = QueryField.enumeration("stage", "e.stage", Stage.class,
                s -> s == Stage.CHURNED ? "lost" : s.name().toLowerCase()).build();
        assertEquals(Optional.of(Stage.CHURNED), stage.enumConstant("lost"));
        assertEquals("lost", stage.apiValue(Stage.CHURNED));
        assertThrows(IllegalArgumentException.class,
                () -> QueryField.enumeration("stage", "e.stage", Stage.class, s -> "same"));
    }

    @Test
    void quoteShortensAndStripsControlCharacters() {
        assertEquals("'a?b'", QueryException.quote("a\nb"));
        assertEquals("'" + "x".repeat(40) + "...'", QueryException.quote("x".repeat(100)));
    }
}
