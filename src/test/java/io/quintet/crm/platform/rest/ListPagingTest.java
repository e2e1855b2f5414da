package io.quintet.crm.platform.rest;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Keyset pagination over 1,000 contacts of one account: every record exactly once, in order, for
 * several page sizes and sorts, with {@code page.nextCursor}, {@code hasMore} and the {@code Link} header.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPagingTest {

    private static final int COUNT = 1000;
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private String filter;
    private Set<String> created;

    /** Once per class, in the first test: REST Assured knows the service's port only from then on. */
    @BeforeEach
    void createAThousandContacts() {
        if (filter != null) {
            return;
        }
        String prefix = Unique.name("Page");
        String account = Records.createAccount(prefix);
        Set<String> ids = new HashSet<>();
        for (int batch = 0; batch < COUNT / 100; batch++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int n = batch * 100 + i;
                // Every other title is missing and the rest repeat, so sorting by title has nulls and ties.
                items.add(Json.object("lastName", String.format("%s-%04d", prefix, n), "firstName", "F" + (n % 13),
                        "title", n % 2 == 0 ? null : "Title " + (n % 7), "accountId", account));
            }
            ids.addAll(Records.batch(RecordType.CONTACTS, items)
                    .then().log().ifValidationFails().statusCode(200)
                    .extract().jsonPath().getList("items.id", String.class));
        }
        assertEquals(COUNT, ids.size());
        created = ids;
        filter = "accountId==" + account;
    }

    /** Every row of the list, page by page, checking each page's envelope and Link header on the way. */
    private List<Map<String, Object>> pageThrough(String sort, int limit, boolean followLinkHeader) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Response page = firstPage(sort, limit);
        for (int pages = 1;; pages++) {
            page.then().log().ifValidationFails().statusCode(200);
            JsonPath json = page.jsonPath();
            List<Map<String, Object>> data = json.getList("data");
            rows.addAll(data);
            String next = json.getString("page.nextCursor");
            String link = page.header("Link");
            if (next == null) {
                assertFalse(json.getBoolean("page.hasMore"), "hasMore on the last page");
                assertNull(link, "Link header on the last page");
                assertTrue(data.size() <= limit);
                return rows;
            }
            assertTrue(json.getBoolean("page.hasMore"), "hasMore before the last page");
            assertEquals(limit, data.size(), "a full page before the last one");
            assertNotNull(link, "Link header before the last page");
            Matcher matcher = NEXT_LINK.matcher(link);
            assertTrue(matcher.find(), "Link header names rel=\"next\": " + link);
            assertTrue(pages <= COUNT / limit + 1, "too many pages");
            page = followLinkHeader
                    ? asAdmin().urlEncodingEnabled(false).when().get(matcher.group(1))
                    : asAdmin().queryParam("filter", filter).queryParam("limit", limit).queryParam("cursor", next)
                            .queryParams(sort == null ? Map.of() : Map.of("sort", sort))
                            .when().get(RecordType.CONTACTS.path());
        }
    }

    private Response firstPage(String sort, int limit) {
        var request = asAdmin().queryParam("filter", filter).queryParam("limit", limit);
        if (sort != null) {
            request.queryParam("sort", sort);
        }
        return request.when().get(RecordType.CONTACTS.path());
    }

    private void assertEveryContactExactlyOnce(List<Map<String, Object>> rows) {
        List<String> ids = rows.stream().map(row -> (String) row.get("id")).toList();
        assertEquals(COUNT, ids.size(), "rows seen");
        assertEquals(created, new HashSet<>(ids), "every created contact, none twice");
    }

    @Test
    void pagesThroughAThousandContactsFiftyAtATime() {
        List<Map<String, Object>> rows = pageThrough(null, 50, false);

        assertEveryContactExactlyOnce(rows);
        List<String> names = rows.stream().map(row -> (String) row.get("lastName")).toList();
        assertEquals(names.stream().sorted().toList(), names, "default sort is by lastName");
    }

    @Test
    void pagesThroughTwoHundredAtATimeByFollowingTheLinkHeader() {
        assertEveryContactExactlyOnce(pageThrough(null, 200, true));
    }

    @Test
    void pagesThroughADescendingSort() {
        List<Map<String, Object>> rows = pageThrough("-lastName", 200, false);

        assertEveryContactExactlyOnce(rows);
        List<String> names = rows.stream().map(row -> (String) row.get("lastName")).toList();
        assertEquals(names.stream().sorted(Comparator.reverseOrder()).toList(), names);
    }

    @Test
    void pagesThroughASortWithNullsAndTies() {
        List<Map<String, Object>> rows = pageThrough("title,-createdAt", 50, false);

        assertEveryContactExactlyOnce(rows);
        List<String> titles = rows.stream().map(row -> (String) row.get("title")).toList();
        List<String> expected = new ArrayList<>(titles);
        expected.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        assertEquals(expected, titles, "ascending titles, missing ones last");
    }

    @Test
    void pagesThroughADescendingSortWithMissingValuesFirst() {
        List<Map<String, Object>> rows = pageThrough("-title,lastName", 200, false);

        assertEveryContactExactlyOnce(rows);
        List<String> titles = rows.stream().map(row -> (String) row.get("title")).toList();
        List<String> expected = new ArrayList<>(titles);
        expected.sort(Comparator.nullsFirst(Comparator.<String>reverseOrder()));
        assertEquals(expected, titles, "descending titles, missing ones first");
    }

    @Test
    void pagesThroughASortOnARelatedFieldEveryRowLacks() {
        // The account has no industry: every row ties on a null joined value, and lastName decides.
        List<Map<String, Object>> rows = pageThrough("account.industry,-lastName", 50, false);

        assertEveryContactExactlyOnce(rows);
        List<String> names = rows.stream().map(row -> (String) row.get("lastName")).toList();
        assertEquals(names.stream().sorted(Comparator.reverseOrder()).toList(), names);
    }

    @Test
    void pagesThroughASortOnTimestampsThatTie() {
        assertEveryContactExactlyOnce(pageThrough("-createdAt", 50, false));
    }

    @Test
    void usesFiftyAsTheDefaultLimit() {
        asAdmin().queryParam("filter", filter)
                .when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data", hasSize(50))
                .body("page.hasMore", equalTo(true));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "201", "-1", "abc", "1.5" })
    void rejectsALimitOutsideOneTo200(String limit) {
        asAdmin().queryParam("filter", filter).queryParam("limit", limit)
                .when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("limit"));
    }

    @Test
    void rejectsATamperedCursorWithAClearMessage() {
        String cursor = firstPage(null, 10).path("page.nextCursor");
        int middle = cursor.length() / 2;
        String tampered = cursor.substring(0, middle) + (cursor.charAt(middle) == 'A' ? 'B' : 'A')
                + cursor.substring(middle + 1);

        asAdmin().queryParam("filter", filter).queryParam("limit", 10).queryParam("cursor", tampered)
                .when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("cursor"))
                .body("detail", containsString("cursor"));
    }

    @Test
    void rejectsACursorIssuedForAnotherSort() {
        String cursor = firstPage(null, 10).path("page.nextCursor");

        asAdmin().queryParam("filter", filter).queryParam("sort", "-lastName").queryParam("cursor", cursor)
                .when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("cursor"));
    }

    @Test
    void rejectsACursorOfAnotherResource() {
        String cursor = firstPage("createdAt", 10).path("page.nextCursor");

        asAdmin().queryParam("sort", "createdAt").queryParam("cursor", cursor)
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("cursor"));
    }

    @Test
    void theLastPageHasNoCursorAndNoLink() {
        asAdmin().queryParam("filter", filter + ";lastName==*-0999")
                .when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data", hasSize(1))
                .body("page.nextCursor", nullValue())
                .body("page.hasMore", equalTo(false))
                .header("Link", nullValue());
    }

    @Test
    void theLinkHeaderCarriesAFilterWithQuotesSpacesAndParentheses() {
        String quoted = filter + ";(title==\"Title 1\",title=isnull=true)";
        long expected = java.util.stream.IntStream.range(0, COUNT).filter(n -> n % 2 == 0 || n % 7 == 1).count();
        Set<String> seen = new HashSet<>();
        Response page = asAdmin().queryParam("filter", quoted).queryParam("limit", 50)
                .when().get(RecordType.CONTACTS.path());
        while (true) {
            page.then().log().ifValidationFails().statusCode(200);
            for (String id : page.jsonPath().getList("data.id", String.class)) {
                assertTrue(seen.add(id), "seen twice: " + id);
            }
            String link = page.header("Link");
            if (link == null) {
                break;
            }
            Matcher next = NEXT_LINK.matcher(link);
            assertTrue(next.find(), link);
            page = asAdmin().urlEncodingEnabled(false).when().get(next.group(1));
        }
        assertEquals(expected, seen.size());
    }
}
