package io.quintet.crm.opportunity;

import static io.quintet.crm.opportunity.Sales.OPPORTUNITIES;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Database;
import io.quintet.crm.testsupport.Database.AuditEntry;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Integrations;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.SqlStatementCounter;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;

/** The shared record treatment, as opportunities get it: batch, idempotency, ETags, tenancy, audit, field rules. */
@QuarkusTest
class OpportunityApiTest {

    @Test
    void aBatchWritesAllOrNone() {
        String account = Records.createAccount(Unique.name("Batch"));
        String name = Unique.name("Batched");

        asAdmin().body(Json.object("items", List.of(Json.object("name", name, "accountId", account),
                Json.object("name", name, "accountId", UUID.randomUUID().toString()))))
                .when().post(OPPORTUNITIES + "/batch")
                .then().log().ifValidationFails()
                .statusCode(400)
                .body("errors[0].index", equalTo(1));
        asAdmin().queryParam("filter", "name==\"" + name + "\"").when().get(OPPORTUNITIES).then().body("data", hasSize(0));

        asAdmin().body(Json.object("items", List.of(Json.object("name", name, "accountId", account),
                Json.object("name", name, "accountId", account))))
                .when().post(OPPORTUNITIES + "/batch")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("items.probability", contains(10, 10));
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Json.object("name", Unique.name("Once"), "accountId",
                Records.createAccount(Unique.name("Idem")));

        String first = asAdmin().header("Idempotency-Key", key).body(body).when().post(OPPORTUNITIES)
                .then().statusCode(201).extract().path("id");
        asAdmin().header("Idempotency-Key", key).body(body).when().post(OPPORTUNITIES)
                .then().log().ifValidationFails()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    @Test
    void refusesAStaleIfMatchAndChangesNothing() {
        String id = Sales.opportunity().getString("id");

        asAdmin().contentType(Api.MERGE_PATCH).header("If-Match", "\"3\"").body(Json.object("nextStep", "Later"))
                .when().patch(OPPORTUNITIES + "/" + id)
                .then().log().ifValidationFails()
                .spec(Problems.preconditionFailed());
        asAdmin().when().get(OPPORTUNITIES + "/" + id).then().header("ETag", "\"0\"").body("nextStep", nullValue());
    }

    @Test
    void anotherTenantCannotSeeIt() {
        String id = Sales.opportunity().getString("id");

        Tenants.other().spec().when().get(OPPORTUNITIES + "/" + id).then().spec(Problems.notFound());
    }

    @Test
    void auditsAStageChangeWithItsPreviousStage() {
        JsonPath pipeline = Sales.defaultPipeline();
        String id = Sales.opportunity().getString("id");

        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("stageId", pipeline.getString("stages[2].id")))
                .when().patch(OPPORTUNITIES + "/" + id).then().statusCode(200);

        List<AuditEntry> entries = Database.ofService().auditEntries(id);
        assertThat(entries.stream().map(AuditEntry::action).toList(), contains("created", "updated"));
        assertThat(entries.get(1).changes().at("/stageId/from").asText(), equalTo(pipeline.getString("stages[0].id")));
        assertThat(entries.get(1).changes().at("/probability/to").asInt(), equalTo(50));
    }

    @Test
    void deletingItTakesItsHistoryAlong() {
        String id = Sales.opportunity().getString("id");

        asAdmin().when().delete(OPPORTUNITIES + "/" + id).then().log().ifValidationFails().statusCode(204);

        asAdmin().when().get(OPPORTUNITIES + "/" + id + "/stage-history").then().spec(Problems.notFound());
        assertEquals(0, Database.ofService().count(
                "select count(*) from opportunity_stage_change where opportunity_id = ?", UUID.fromString(id)));
    }

    @Test
    void aHiddenFieldIsLeftOutInRestAndRefusedInGraphQL() {
        String role = "opp_reader_" + Unique.suffix().replace('-', '_');
        asAdmin().body(Json.object("name", role, "permissions", List.of(Json.object("object", "opportunity",
                "actions", List.of("read"))), "fieldRules", List.of(Json.object("object", "opportunity",
                "field", "amount", "access", "hidden"))))
                .when().post("/api/v1/roles").then().log().ifValidationFails().statusCode(201);
        String token = Integrations.token(asAdmin(), role, List.of("opportunities:read"));
        String id = Sales.opportunity("amount", Json.object("amount", "10", "currency", "EUR")).getString("id");

        Integrations.bearer(token).when().get(OPPORTUNITIES + "/" + id)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("$", not(hasKey("amount")))
                .body("name", notNullValue());
        GraphQL.post(Integrations.bearer(token), "query($id: ID!) { opportunity(id: $id) { name amount { amount } } }",
                Map.of("id", id))
                .statusCode(200)
                .body("data.opportunity.name", notNullValue())
                .body("data.opportunity.amount", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void nestedOpportunityFieldsRunTheSameNumberOfStatementsForFewOrManyAccounts() {
        String few = industryWithOpportunities(3);
        String many = industryWithOpportunities(20);

        assertEquals(statementsFor(few, 3), statementsFor(many, 20), "statements must not grow with the rows");
    }

    private int statementsFor(String industry, int accounts) {
        try (SqlStatementCounter counter = SqlStatementCounter.start()) {
            GraphQL.asAdmin("query($industry: String!) { accounts(first: 50, filter: {industry: {eq: $industry}}) "
                    + "{ edges { node { name opportunities { name account { name } stageHistory { toStageName } "
                    + "lineItems { id } } } } } }", Map.of("industry", industry))
                    .body("errors", nullValue())
                    .body("data.accounts.edges", hasSize(accounts))
                    .body("data.accounts.edges[0].node.opportunities", hasSize(2))
                    .body("data.accounts.edges[0].node.opportunities[0].stageHistory", hasSize(1));
            return counter.dataStatements();
        }
    }

    private static String industryWithOpportunities(int count) {
        String industry = "Counted-" + UUID.randomUUID();
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            accounts.add(Map.of("name", "Counted " + i, "industry", industry));
        }
        List<String> ids = asAdmin().body(Map.of("items", accounts)).post("/api/v1/accounts/batch")
                .then().statusCode(200).extract().path("items.id");
        List<Map<String, Object>> deals = new ArrayList<>();
        for (String id : ids) {
            deals.add(Map.of("name", "Deal A", "accountId", id));
            deals.add(Map.of("name", "Deal B", "accountId", id));
        }
        asAdmin().body(Map.of("items", deals)).post(OPPORTUNITIES + "/batch").then().statusCode(200);
        return industry;
    }
}
