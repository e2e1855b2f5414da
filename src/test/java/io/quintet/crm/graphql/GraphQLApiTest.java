package io.quintet.crm.graphql;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.SqlStatementCounter;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class GraphQLApiTest {

    private static final String NESTED_QUERY = """
            query($industry: String) {
              accounts(first: 60, filter: {industry: {eq: $industry}}, orderBy: "name") {
                edges { node { name contacts { email account { name } } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    @Test
    void createsAnAccountAndReadsItBack() {
        String name = "Graph " + UUID.randomUUID();
        String id = GraphQL.asAdmin("""
                mutation($input: AccountInput!) { createAccount(input: $input) { id name type version } }""",
                Map.of("input", Map.of("name", name, "type", "CUSTOMER")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createAccount.name", equalTo(name))
                .body("data.createAccount.type", equalTo("CUSTOMER"))
                .body("data.createAccount.version", equalTo(0))
                .extract().path("data.createAccount.id");

        GraphQL.asAdmin("query($id: ID!) { account(id: $id) { id name type } }", Map.of("id", id))
                .body("data.account.id", equalTo(id))
                .body("data.account.name", equalTo(name));
        asAdmin().get("/api/v1/accounts/" + id).then().statusCode(200).body("type", equalTo("customer"));
    }

    @Test
    void updateMergesOnlyTheFieldsGivenAndNullClears() {
        String id = account("Patchable " + UUID.randomUUID(), "Retail", "www-" + UUID.randomUUID() + ".example");

        GraphQL.asAdmin("""
                mutation($id: ID!) { updateAccount(id: $id, input: {industry: "Software", domain: null}, expectedVersion: 0) {
                  name industry domain version } }""", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.updateAccount.industry", equalTo("Software"))
                .body("data.updateAccount.domain", nullValue())
                .body("data.updateAccount.name", notNullValue())
                .body("data.updateAccount.version", equalTo(1));
    }

    @Test
    void staleExpectedVersionIsAConflict() {
        String id = account("Stale " + UUID.randomUUID(), "Retail", null);

        GraphQL.asAdmin("""
                mutation($id: ID!) { updateAccount(id: $id, input: {industry: "Software"}, expectedVersion: 7) { id } }""",
                Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("data.updateAccount", nullValue());
        asAdmin().get("/api/v1/accounts/" + id).then().body("industry", equalTo("Retail"));
    }

    @Test
    void unknownIdIsNotFound() {
        GraphQL.asAdmin("query($id: ID!) { contact(id: $id) { id } }", Map.of("id", UUID.randomUUID().toString()))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("data.contact", nullValue());
    }

    @Test
    void invalidInputIsAValidationErrorNamingTheField() {
        GraphQL.asAdmin("""
                mutation { createContact(input: {firstName: "Ada", email: "not-an-email"}) { id } }""")
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.errors[0].field", equalTo("email"))
                .body("errors[0].message", notNullValue());
    }

    @Test
    void deletesAContact() {
        String id = contact("Gone", "gone-" + UUID.randomUUID() + "@example.com", null);

        GraphQL.asAdmin("mutation($id: ID!) { deleteContact(id: $id) }", Map.of("id", id))
                .body("data.deleteContact", equalTo(true));
        asAdmin().get("/api/v1/contacts/" + id).then().statusCode(404);
    }

    @Test
    void filtersWithAndOrNotAndThroughTheAccount() {
        String industry = "Industry-" + UUID.randomUUID();
        String acme = account("Acme", industry, null);
        String globex = account("Globex", industry, null);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        contact("Ada-" + tag, "ada-" + tag + "@example.com", acme);
        contact("Bob-" + tag, "bob-" + tag + "@example.com", acme);
        contact("Cy-" + tag, "cy-" + tag + "@example.com", globex);

        GraphQL.asAdmin("""
                query($industry: String, $tag: String) {
                  contacts(filter: {and: [{account: {industry: {eq: $industry}}}, {lastName: {eq: $tag}}],
                                    not: {firstName: {eq: "Bob*"}}}, orderBy: "firstName") {
                    edges { node { firstName account { name } } }
                  }
                }""", Map.of("industry", industry, "tag", "*" + tag))
                .body("errors", nullValue())
                .body("data.contacts.edges.node.firstName", contains("Ada-" + tag, "Cy-" + tag))
                .body("data.contacts.edges.node.account.name", contains("Acme", "Globex"));
    }

    @Test
    void pagesThroughAConnectionWithCursors() {
        String industry = "Paged-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            account("Paged " + i, industry, null);
        }
        Set<String> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("industry", industry));
            if (after != null) {
                variables.put("after", after);
            }
            JsonPath page = GraphQL.asAdmin("""
                    query($industry: String, $after: String) {
                      accounts(first: 2, after: $after, filter: {industry: {eq: $industry}}) {
                        edges { node { id } } pageInfo { hasNextPage endCursor } } }""", variables)
                    .body("errors", nullValue()).extract().jsonPath();
            List<String> ids = page.getList("data.accounts.edges.node.id");
            ids.forEach(id -> assertTrue(seen.add(id), "id seen twice: " + id));
            after = page.getBoolean("data.accounts.pageInfo.hasNextPage") ? page.getString("data.accounts.pageInfo.endCursor") : null;
            pages++;
        } while (after != null);
        assertEquals(5, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void selectsTwoRelationFieldsInOneQuery() {
        String industry = "Both-" + UUID.randomUUID();
        String acme = account("Acme both", industry, null);
        String email = "both-" + UUID.randomUUID() + "@example.com";
        contact("Both", email, acme);

        GraphQL.asAdmin("""
                query($industry: String, $email: String) {
                  accounts(filter: {industry: {eq: $industry}}) { edges { node { name contacts { email account { name } } } } }
                  contacts(filter: {email: {eq: $email}}) { edges { node { email account { name contacts { email } } } } }
                }""", Map.of("industry", industry, "email", email))
                .body("errors", nullValue())
                .body("data.accounts.edges[0].node.contacts[0].account.name", equalTo("Acme both"))
                .body("data.contacts.edges[0].node.account.contacts.email", containsInAnyOrder(email));
    }

    @Test
    void nestedQueryRunsTheSameNumberOfStatementsForFiveOrFiftyAccounts() {
        String few = industryWithAccounts(5);
        String many = industryWithAccounts(50);

        int fewStatements = statementsFor(few, 5);
        int manyStatements = statementsFor(many, 50);

        assertEquals(fewStatements, manyStatements, "statements must not grow with the number of rows");
        assertEquals(3, manyStatements, "one statement each for the accounts, their contacts and those contacts' accounts");
    }

    private int statementsFor(String industry, int accounts) {
        try (SqlStatementCounter counter = SqlStatementCounter.start()) {
            GraphQL.asAdmin(NESTED_QUERY, Map.of("industry", industry))
                    .body("errors", nullValue())
                    .body("data.accounts.edges", hasSize(accounts))
                    .body("data.accounts.edges[0].node.contacts", hasSize(2))
                    .body("data.accounts.edges[0].node.contacts[0].account.name", notNullValue());
            return counter.dataStatements();
        }
    }

    private static String industryWithAccounts(int count) {
        String industry = "Counted-" + UUID.randomUUID();
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            accounts.add(Map.of("name", "Counted " + i, "industry", industry));
        }
        List<String> ids = asAdmin().body(Map.of("items", accounts)).post("/api/v1/accounts/batch")
                .then().statusCode(200).extract().path("items.id");
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (String id : ids) {
            for (int c = 0; c < 2; c++) {
                contacts.add(Map.of("lastName", "Counted", "email", UUID.randomUUID() + "@example.com", "accountId", id));
            }
        }
        for (int from = 0; from < contacts.size(); from += 100) {
            asAdmin().body(Map.of("items", contacts.subList(from, Math.min(from + 100, contacts.size()))))
                    .post("/api/v1/contacts/batch").then().statusCode(200);
        }
        return industry;
    }

    private static String account(String name, String industry, String domain) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "industry", industry));
        if (domain != null) {
            body.put("domain", domain);
        }
        return asAdmin().body(body).post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    private static String contact(String firstName, String email, String accountId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("firstName", firstName, "lastName",
                firstName.contains("-") ? firstName.substring(firstName.indexOf('-')) : "Tester", "email", email));
        if (accountId != null) {
            body.put("accountId", accountId);
        }
        return asAdmin().body(body).post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }
}
