package io.quintet.crm.performance;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.SqlStatementCounter;
import io.quintet.crm.testsupport.Unique;

/**
 * Guards what the benchmark's shapes rely on: a list page and a nested GraphQL query run a fixed
 * number of SQL statements, the same for 2 rows as for 40. Not timed: it counts statements.
 * (GraphQLApiTest and OpportunityApiTest count one relation level each; this selects two relations at once.)
 */
@QuarkusTest
class StatementCountTest {

    private static final int FEW = 2;
    private static final int MANY = 40;

    private static final String NESTED = """
            query($industry: String) {
              accounts(first: 50, filter: {industry: {eq: $industry}}) {
                edges { node { name contacts { email } opportunities { name status } } }
              }
            }""";

    @Test
    void nestedGraphQLWithContactsAndOpportunitiesRunsOneStatementPerLevel() {
        Fixture few = Fixture.withAccounts(FEW);
        Fixture many = Fixture.withAccounts(MANY);

        int fewStatements = count(() -> nested(few.industry(), FEW));
        int manyStatements = count(() -> nested(many.industry(), MANY));

        assertEquals(fewStatements, manyStatements, "statements must not grow with the number of accounts");
        assertTrue(manyStatements <= 3, "accounts, their contacts, their opportunities: got " + manyStatements);
    }

    @Test
    void accountPageRunsTheSameStatementsForTwoAndFortyRows() {
        Fixture few = Fixture.withAccounts(FEW);
        Fixture many = Fixture.withAccounts(MANY);

        assertFixedCount(1, () -> page("/api/v1/accounts", "industry==\"" + few.industry() + "\"", FEW),
                () -> page("/api/v1/accounts", "industry==\"" + many.industry() + "\"", MANY));
    }

    @Test
    void contactPageRunsTheSameStatementsForTwoAndFortyRows() {
        Fixture few = Fixture.withAccounts(FEW);
        Fixture many = Fixture.withAccounts(MANY / 2);

        assertFixedCount(1, () -> page("/api/v1/contacts", "lastName==\"" + few.industry() + "\"", 2 * FEW),
                () -> page("/api/v1/contacts", "lastName==\"" + many.industry() + "\"", MANY));
    }

    @Test
    void oneAccountsContactPageRunsTheSameStatementsForTwoAndFortyRows() {
        String few = Fixture.accountWithContacts(FEW);
        String many = Fixture.accountWithContacts(MANY);

        // The account's own read (it must exist and be visible), then the page.
        assertFixedCount(2, () -> page("/api/v1/accounts/" + few + "/contacts", null, FEW),
                () -> page("/api/v1/accounts/" + many + "/contacts", null, MANY));
    }

    @Test
    void opportunityPageRunsTheSameStatementsForTwoAndFortyRows() {
        Fixture few = Fixture.withAccounts(1);
        Fixture many = Fixture.withAccounts(MANY / 2);

        assertFixedCount(1, () -> page("/api/v1/opportunities", "name==\"" + few.industry() + "\"", FEW),
                () -> page("/api/v1/opportunities", "name==\"" + many.industry() + "\"", MANY));
    }

    private static void assertFixedCount(int bound, Runnable fewRows, Runnable manyRows) {
        int few = count(fewRows);
        int many = count(manyRows);
        assertEquals(few, many, "statements must not grow with the number of rows");
        assertTrue(many <= bound, "at most " + bound + " statements, got " + many);
    }

    private static int count(Runnable request) {
        try (SqlStatementCounter counter = SqlStatementCounter.start()) {
            request.run();
            return counter.dataStatements();
        }
    }

    private static void nested(String industry, int accounts) {
        GraphQL.asAdmin(NESTED, Map.of("industry", industry))
                .body("errors", nullValue())
                .body("data.accounts.edges", hasSize(accounts))
                .body("data.accounts.edges[0].node.contacts", hasSize(2))
                .body("data.accounts.edges[0].node.opportunities", hasSize(2));
    }

    private static void page(String path, String filter, int rows) {
        var request = asAdmin().queryParam("limit", 50);
        if (filter != null) {
            request.queryParam("filter", filter);
        }
        request.when().get(path).then().log().ifValidationFails().statusCode(200).body("data", hasSize(rows));
    }

    /**
     * Accounts of one new industry, each with two contacts and two opportunities; the contacts' last name
     * and the opportunities' name are the industry too, so that each list can be filtered to them.
     */
    private record Fixture(String industry) {

        static Fixture withAccounts(int count) {
            String industry = Unique.name("Counted");
            List<Map<String, Object>> accounts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                accounts.add(Json.object("name", "Counted " + i, "industry", industry));
            }
            List<String> ids = batch("/api/v1/accounts", accounts);
            List<Map<String, Object>> contacts = new ArrayList<>();
            List<Map<String, Object>> opportunities = new ArrayList<>();
            for (String id : ids) {
                for (int i = 0; i < 2; i++) {
                    contacts.add(Json.object("lastName", industry, "email", Unique.email(), "accountId", id));
                    opportunities.add(Json.object("name", industry, "accountId", id));
                }
            }
            batch("/api/v1/contacts", contacts);
            batch("/api/v1/opportunities", opportunities);
            return new Fixture(industry);
        }

        static String accountWithContacts(int count) {
            String account = batch("/api/v1/accounts", List.of(Json.object("name", Unique.name("Counted")))).get(0);
            List<Map<String, Object>> contacts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                contacts.add(Json.object("lastName", "Counted " + i, "accountId", account));
            }
            batch("/api/v1/contacts", contacts);
            return account;
        }

        /** Creates the items in batches of at most 100 and returns their ids in order. */
        private static List<String> batch(String path, List<Map<String, Object>> items) {
            List<String> ids = new ArrayList<>();
            for (int from = 0; from < items.size(); from += 100) {
                ids.addAll(asAdmin().body(Map.of("items", items.subList(from, Math.min(from + 100, items.size()))))
                        .when().post(path + "/batch")
                        .then().log().ifValidationFails().statusCode(200)
                        .extract().jsonPath().getList("items.id", String.class));
            }
            return ids;
        }
    }
}
