package io.quintet.crm.account;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.SqlStatementCounter;
import io.quintet.crm.testsupport.Unique;
import io.restassured.path.json.JsonPath;

/**
 * An account's contacts paged as the benchmark's deep page is ({@code filter=doNotContact==false},
 * {@code sort=lastName,firstName}), over contacts whose last and first names tie and are missing, so
 * that pages cross from the named contacts into those without a last name, which sort last.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountContactsPagingTest {

    private static final String FILTER = "doNotContact==false";
    private static final String SORT = "lastName,firstName";

    /** Last name, first name and doNotContact of each contact; the ones not to contact are filtered out. */
    private static final List<Object[]> CONTACTS = List.of(
            new Object[] {"Adams", "Zoe", false},
            new Object[] {"Adams", null, false},
            new Object[] {"Berg", "Ann", false},
            new Object[] {"Berg", "Ann", false},
            new Object[] {"Berg", null, false},
            new Object[] {"Berg", "Cy", true},
            new Object[] {"Cole", "Bo", false},
            new Object[] {null, "Ann", false},
            new Object[] {null, "Bob", false},
            new Object[] {null, "Bob", false},
            new Object[] {null, "Cy", true},
            new Object[] {null, "Dee", false});

    private String path;
    private List<String> expectedOrder;

    /** Once per class, in the first test: REST Assured knows the service's port only from then on. */
    @BeforeEach
    void createTheAccountsContacts() {
        if (path != null) {
            return;
        }
        String account = Records.createAccount(Unique.name("Paged"));
        List<Map<String, Object>> items = new ArrayList<>();
        CONTACTS.forEach(contact -> items.add(Json.object("lastName", contact[0], "firstName", contact[1],
                "doNotContact", contact[2], "accountId", account)));
        List<String> ids = Records.batch(RecordType.CONTACTS, items)
                .then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        List<Integer> contactable = new ArrayList<>();
        for (int i = 0; i < CONTACTS.size(); i++) {
            if (!(Boolean) CONTACTS.get(i)[2]) {
                contactable.add(i);
            }
        }
        // Nulls last on both names; ids in PostgreSQL's uuid order, which is that of their lower-case text.
        Comparator<String> names = Comparator.nullsLast(Comparator.naturalOrder());
        contactable.sort(Comparator.<Integer, String>comparing(i -> (String) CONTACTS.get(i)[0], names)
                .thenComparing(i -> (String) CONTACTS.get(i)[1], names)
                .thenComparing(ids::get));
        expectedOrder = contactable.stream().map(ids::get).toList();
        path = RecordType.ACCOUNTS.path(account) + "/contacts";
    }

    private JsonPath page(int limit, String cursor) {
        var request = asAdmin().queryParam("filter", FILTER).queryParam("sort", SORT).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.when().get(path).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    @Test
    void listsTheContactsInOnePageByNameWithTheUnnamedLast() {
        JsonPath all = page(200, null);

        assertEquals(expectedOrder, all.getList("data.id", String.class));
        assertEquals(false, all.getBoolean("page.hasMore"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void walksPageByPageInExactlyTheOrderOfTheWholeList(int limit) {
        List<String> unpaginated = page(200, null).getList("data.id", String.class);
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = page(limit, cursor);
            List<String> ids = page.getList("data.id", String.class);
            walked.addAll(ids);
            cursor = page.getString("page.nextCursor");
            assertEquals(cursor != null, page.getBoolean("page.hasMore"));
            assertTrue(cursor == null || ids.size() == limit, "a full page before the last one");
            assertTrue(walked.size() <= unpaginated.size(), "more rows than the list holds: " + walked);
        } while (cursor != null);

        assertEquals(unpaginated, walked);
    }

    @Test
    void aPageAmongTheNamedContactsRunsAsManyStatementsAsTheFirstPage() {
        String afterTheFirst = page(1, null).getString("page.nextCursor");

        int firstPage = statements(() -> page(3, null));
        int secondPage = statements(() -> page(3, afterTheFirst));

        assertEquals(firstPage, secondPage);
    }

    @Test
    void aPageThatRunsOutOfNamedContactsReadsTheUnnamedOnesInOneMoreStatement() {
        String afterTheFourth = page(4, null).getString("page.nextCursor");
        assertNotNull(afterTheFourth);

        int firstPage = statements(() -> page(3, null));
        List<String> ids = new ArrayList<>();
        int crossing = statements(() -> ids.addAll(page(3, afterTheFourth).getList("data.id", String.class)));

        assertEquals(expectedOrder.subList(4, 7), ids, "the last two named contacts, then the first unnamed one");
        assertEquals(firstPage + 1, crossing);
    }

    private static int statements(Runnable request) {
        try (SqlStatementCounter counter = SqlStatementCounter.start()) {
            request.run();
            return counter.dataStatements();
        }
    }
}
