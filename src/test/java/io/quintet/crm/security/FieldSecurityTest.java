package io.quintet.crm.security;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Integrations;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Tenants.TenantClient;
import io.quintet.crm.testsupport.keycloak.SsoTenant;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Field-level security: a role of its own tenant hides {@code annualRevenue} and makes {@code industry}
 * read-only on accounts; an integration holding it reads, filters and writes accounts over REST and GraphQL.
 */
@QuarkusTest
class FieldSecurityTest {

    private static final List<String> SCOPES = List.of("accounts:read", "accounts:write", "contacts:read");
    private static final Map<String, Object> ROLE = Map.of(
            "name", "analyst",
            "permissions", List.of(Map.of("object", "account", "actions", List.of("read", "create", "update")),
                    Map.of("object", "contact", "actions", List.of("read"))),
            "fieldRules", List.of(Map.of("object", "account", "field", "annualRevenue", "access", "hidden"),
                    Map.of("object", "account", "field", "industry", "access", "read_only")));

    private static TenantClient tenant;
    private static String analystToken;

    /** The tenant with its analyst role and integration, made once for the class (the server must be up). */
    private static synchronized TenantClient tenant() {
        if (tenant == null) {
            TenantClient created = Tenants.create();
            created.spec().body(ROLE).post("/api/v1/roles").then().statusCode(201);
            analystToken = Integrations.token(created.spec(), "analyst", SCOPES);
            tenant = created;
        }
        return tenant;
    }

    private static RequestSpecification analyst() {
        tenant();
        return Integrations.bearer(analystToken);
    }

    @Test
    void aHiddenFieldIsAbsentFromWhatTheRoleReads() {
        String id = accountWithRevenue();

        analyst().get("/api/v1/accounts/" + id).then().statusCode(200)
                .body("$", not(hasKey("annualRevenue")))
                .body("industry", equalTo("Software"))
                .body("name", equalTo("Revenue Co"));
        analyst().queryParam("filter", "id==" + id).get("/api/v1/accounts").then().statusCode(200)
                .body("data[0]", not(hasKey("annualRevenue")))
                .body("data[0].industry", equalTo("Software"));
    }

    @Test
    void filteringOnAHiddenFieldIsRefusedTheSameWayWhateverTheValue() {
        accountWithRevenue();

        String matching = refusedFilter("annualRevenue.amount=gt=0");
        String notMatching = refusedFilter("annualRevenue.amount=gt=999999999");

        assertEquals(matching, notMatching);
    }

    @Test
    void sortingOrSelectingAHiddenFieldIsRefused() {
        analyst().queryParam("sort", "annualRevenue.amount").get("/api/v1/accounts").then().statusCode(400)
                .body("detail", containsString("hidden from your role"));
        analyst().queryParam("fields", "name,annualRevenue").get("/api/v1/accounts").then().statusCode(400)
                .body("detail", containsString("hidden from your role"));
    }

    @Test
    void writingAHiddenFieldIsForbiddenAndChangesNothing() {
        String id = accountWithRevenue();

        analyst().contentType(Api.MERGE_PATCH)
                .body(Map.of("annualRevenue", Map.of("amount", "1.00", "currency", "EUR")))
                .patch("/api/v1/accounts/" + id).then().statusCode(403)
                .contentType(Api.PROBLEM_JSON)
                .body("errors.field", contains("annualRevenue"));

        revenueOf(id).body("annualRevenue.amount", equalTo("5000000.00")).body("version", equalTo(0));
    }

    @Test
    void changingAReadOnlyFieldIsForbiddenNamingTheField() {
        String id = accountWithRevenue();

        analyst().contentType(Api.MERGE_PATCH).body(Map.of("industry", "Retail", "name", "Renamed"))
                .patch("/api/v1/accounts/" + id).then().statusCode(403)
                .body("detail", containsString("industry"))
                .body("errors.field", contains("industry"));

        revenueOf(id).body("industry", equalTo("Software")).body("name", equalTo("Revenue Co"));
    }

    @Test
    void fieldsTheRoleMayWriteChangeAndReadOnlyOnesMayBeSentUnchanged() {
        String id = accountWithRevenue();

        analyst().contentType(Api.MERGE_PATCH).body(Map.of("industry", "Software", "name", "Renamed"))
                .patch("/api/v1/accounts/" + id).then().statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("$", not(hasKey("annualRevenue")));
    }

    @Test
    void creatingWithAReadOnlyFieldIsForbidden() {
        String name = "Read-only create " + UUID.randomUUID();

        analyst().body(Map.of("name", name, "industry", "Retail")).post("/api/v1/accounts").then()
                .statusCode(403).body("errors.field", contains("industry"));

        tenant().spec().queryParam("filter", "name==\"" + name + "\"").get("/api/v1/accounts").then()
                .body("data", empty());
    }

    @Test
    void aReplaceKeepsTheFieldsTheRoleCannotSend() {
        String id = accountWithRevenue();

        analyst().header("If-Match", "\"0\"").body(Map.of("name", "Replaced", "industry", "Software"))
                .put("/api/v1/accounts/" + id).then().statusCode(200)
                .body("name", equalTo("Replaced"))
                .body("$", not(hasKey("annualRevenue")));

        revenueOf(id).body("annualRevenue.amount", equalTo("5000000.00")).body("name", equalTo("Replaced"));
    }

    @Test
    void aBatchThatWritesAReadOnlyFieldWritesNothing() {
        String first = "Batch first " + UUID.randomUUID();

        analyst().body(Map.of("items", List.of(Map.of("name", first), Map.of("name", "Second",
                "industry", "Retail"))))
                .post("/api/v1/accounts/batch").then().statusCode(403)
                .body("errors[0].field", containsString("industry"));

        tenant().spec().queryParam("filter", "name==\"" + first + "\"").get("/api/v1/accounts").then()
                .body("data", empty());
    }

    @Test
    void graphQLAnswersAHiddenFieldWithForbiddenAndTheRestOfTheRecord() {
        String id = accountWithRevenue();

        graphQL("query($id: ID!) { account(id: $id) { name industry annualRevenue { amount } } }", Map.of("id", id))
                .body("data.account.name", equalTo("Revenue Co"))
                .body("data.account.industry", equalTo("Software"))
                .body("data.account.annualRevenue", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].path", contains("account", "annualRevenue"));
    }

    @Test
    void graphQLRefusesAFilterOnAHiddenField() {
        graphQL("{ accounts(filter: {annualRevenue: {amount: {gt: 0}}}) { edges { node { id } } } }", Map.of())
                .body("data.accounts", nullValue())
                .body("errors[0].message", containsString("hidden from your role"));
    }

    @Test
    void graphQLRefusesChangingAReadOnlyField() {
        String id = accountWithRevenue();

        graphQL("mutation($id: ID!) { updateAccount(id: $id, input: {industry: \"Retail\"}) { id } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("industry"));
        revenueOf(id).body("industry", equalTo("Software"));
    }

    @Test
    void meListsTheCallersPermissionsAndFieldRules() {
        analyst().get("/api/v1/me").then().statusCode(200)
                .body("permissions.find { it.object == 'account' }.actions", contains("read", "create", "update"))
                .body("permissions.find { it.object == 'contact' }.actions", contains("read"))
                .body("fieldRules", hasItem(Map.of("object", "account", "field", "annualRevenue", "access", "hidden")))
                .body("fieldRules", hasItem(Map.of("object", "account", "field", "industry", "access", "read_only")));
    }

    @Test
    void supportAgentsDoNotSeeAnnualRevenueByDefault() {
        String id = SsoTenant.adminClient().body(Map.of("name", "Support sees " + UUID.randomUUID(),
                "annualRevenue", Map.of("amount", "10.00", "currency", "EUR")))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");

        SsoTenant.user("dave").get("/api/v1/accounts/" + id).then().statusCode(200)
                .body("$", not(hasKey("annualRevenue")))
                .body("$", not(aMapWithSize(0)));
    }

    private static String accountWithRevenue() {
        return tenant().spec().body(Map.of("name", "Revenue Co", "industry", "Software",
                "annualRevenue", Map.of("amount", "5000000.00", "currency", "EUR")))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse revenueOf(String id) {
        return tenant().spec().get("/api/v1/accounts/" + id).then().statusCode(200);
    }

    private static String refusedFilter(String filter) {
        return analyst().queryParam("filter", filter).get("/api/v1/accounts").then().statusCode(400)
                .contentType(Api.PROBLEM_JSON)
                .body("detail", containsString("hidden from your role"))
                .extract().path("detail");
    }

    private static ValidatableResponse graphQL(String query, Map<String, Object> variables) {
        return analyst().body(Map.of("query", query, "variables", variables)).post("/graphql").then()
                .statusCode(200);
    }
}
