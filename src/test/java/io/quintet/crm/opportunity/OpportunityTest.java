package io.quintet.crm.opportunity;

import static io.quintet.crm.opportunity.Sales.OPPORTUNITIES;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Integrations;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;

/** Opportunities: defaults from the pipeline, references, probability and the REST and GraphQL APIs. */
@QuarkusTest
class OpportunityTest {

    @Test
    void startsInTheDefaultPipelinesFirstStage() {
        JsonPath pipeline = Sales.defaultPipeline();

        JsonPath created = Sales.opportunity();

        assertThat(created.getString("pipelineId"), equalTo(pipeline.getString("id")));
        assertThat(created.getString("stageId"), equalTo(pipeline.getString("stages[0].id")));
        assertThat(created.getInt("probability"), equalTo(10));
        assertThat(created.getString("status"), equalTo("open"));
    }

    @Test
    void writesEveryField() {
        String account = Records.createAccount(Unique.name("Full"));
        String contact = Records.createContact(Unique.name("Buyer"), account);
        String campaign = UUID.randomUUID().toString();

        asAdmin().body(Json.object("name", "Big deal", "accountId", account, "primaryContactId", contact,
                "contactRoles", List.of(Json.object("contactId", contact, "role", "economic_buyer")),
                "amount", Json.object("amount", "12500.5", "currency", "USD"), "closeDate", "2027-03-31",
                "type", "new_business", "forecastCategory", "best_case", "nextStep", "Send quote",
                "campaignId", campaign, "tags", List.of("q1")))
                .when().post(OPPORTUNITIES)
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("amount.amount", equalTo("12500.50"))
                .body("amount.currency", equalTo("USD"))
                .body("contactRoles[0].role", equalTo("economic_buyer"))
                .body("closeDate", equalTo("2027-03-31"))
                .body("type", equalTo("new_business"))
                .body("forecastCategory", equalTo("best_case"))
                .body("campaignId", equalTo(campaign))
                .body("closedAt", nullValue());
    }

    @Test
    void refusesAnUnknownAccountAndWritesNothing() {
        String name = Unique.name("Orphan");

        asAdmin().body(Json.object("name", name, "accountId", UUID.randomUUID().toString()))
                .when().post(OPPORTUNITIES)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("accountId"));
        asAdmin().queryParam("filter", "name==\"" + name + "\"").when().get(OPPORTUNITIES)
                .then().body("data", hasSize(0));
    }

    @Test
    void refusesAMissingAccount() {
        asAdmin().body(Json.object("name", Unique.name("No account")))
                .when().post(OPPORTUNITIES)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("accountId"));
    }

    @Test
    void refusesAStageOfAnotherPipeline() {
        String otherStage = Sales.pipeline().getString("stages[1].id");

        asAdmin().body(Json.object("name", Unique.name("Mixed"), "accountId", Records.createAccount(Unique.name("A")),
                "stageId", otherStage))
                .when().post(OPPORTUNITIES)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("stageId"));
    }

    @Test
    void refusesAContactListedTwiceInContactRoles() {
        String contact = Records.createContact(Unique.name("Twice"), null);

        asAdmin().body(Json.object("name", Unique.name("Roles"), "accountId", Records.createAccount(Unique.name("A")),
                "contactRoles", List.of(Json.object("contactId", contact, "role", "champion"),
                        Json.object("contactId", contact, "role", "influencer"))))
                .when().post(OPPORTUNITIES)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("contactRoles[1].contactId"));
    }

    @Test
    void probabilityFollowsTheStageUntilOverridden() {
        JsonPath pipeline = Sales.pipeline();
        String id = Sales.opportunity("pipelineId", pipeline.getString("id")).getString("id");

        patch(id, Json.object("stageId", pipeline.getString("stages[1].id"))).body("probability", equalTo(40));
        patch(id, Json.object("probability", 55)).body("probability", equalTo(55));
        patch(id, Json.object("stageId", pipeline.getString("stages[0].id"))).body("probability", equalTo(55));
        patch(id, Json.object("probability", null)).body("probability", equalTo(10));
    }

    @Test
    void movingToAnotherPipelineStartsAtItsFirstStage() {
        JsonPath pipeline = Sales.pipeline();
        String id = Sales.opportunity().getString("id");

        patch(id, Json.object("pipelineId", pipeline.getString("id")))
                .body("stageId", equalTo(pipeline.getString("stages[0].id")))
                .body("probability", equalTo(10));
    }

    @Test
    void refusesAnAmountWithoutCurrencyAndChangesNothing() {
        String id = Sales.opportunity().getString("id");

        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("amount", Json.object("amount", "10")))
                .when().patch(OPPORTUNITIES + "/" + id)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("amount.currency"));
        asAdmin().when().get(OPPORTUNITIES + "/" + id).then().body("version", equalTo(0)).body("amount", nullValue());
    }

    @Test
    void filtersAndSortsByAmount() {
        String account = Records.createAccount(Unique.name("Sorted"));
        for (String amount : List.of("300", "100", "200")) {
            asAdmin().body(Json.object("name", Unique.name("Deal"), "accountId", account,
                    "amount", Json.object("amount", amount, "currency", "EUR")))
                    .when().post(OPPORTUNITIES).then().statusCode(201);
        }

        asAdmin().queryParam("filter", "accountId==" + account + ";amount.amount=ge=200")
                .queryParam("sort", "-amount.amount")
                .when().get(OPPORTUNITIES)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.amount.amount", contains("300.00", "200.00"));
    }

    @Test
    void aReadOnlyIntegrationMayReadButNotCreate() {
        String token = Integrations.token(asAdmin(), "read_only", List.of("opportunities:read", "opportunities:write"));
        String id = Sales.opportunity().getString("id");

        Integrations.bearer(token).when().get(OPPORTUNITIES + "/" + id).then().statusCode(200);
        Integrations.bearer(token).body(Json.object("name", "Nope", "accountId", Records.createAccount("A")))
                .when().post(OPPORTUNITIES)
                .then().log().ifValidationFails()
                .statusCode(403);
    }

    @Test
    void anIntegrationNeedsTheOpportunitiesScope() {
        String token = Integrations.token(asAdmin(), "sales_rep", List.of("accounts:read"));

        Integrations.bearer(token).when().get(OPPORTUNITIES)
                .then().log().ifValidationFails()
                .statusCode(403)
                .body("detail", containsString("opportunities:read"));
    }

    @Test
    void resolvesAccountOpportunitiesAndStageHistoryInOneGraphQLQuery() {
        JsonPath created = Sales.opportunity();
        String account = created.getString("accountId");

        GraphQL.asAdmin("query($id: ID!) { account(id: $id) { name opportunities { name status account { id } "
                + "stageHistory { toStageName current } } } }", Map.of("id", account))
                .log().ifValidationFails()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.account.opportunities", hasSize(1))
                .body("data.account.opportunities[0].status", equalTo("OPEN"))
                .body("data.account.opportunities[0].account.id", equalTo(account))
                .body("data.account.opportunities[0].stageHistory[0].toStageName", equalTo("Prospecting"))
                .body("data.account.opportunities[0].stageHistory[0].current", equalTo(true));
    }

    @Test
    void createsAnOpportunityThroughGraphQL() {
        String account = Records.createAccount(Unique.name("Graph"));

        GraphQL.asAdmin("mutation($account: ID!) { createOpportunity(input: {name: \"Gql deal\", accountId: $account, "
                + "type: UPSELL, amount: {amount: \"700\", currency: \"EUR\"}}) { name type probability "
                + "amount { amount } } }", Map.of("account", account))
                .log().ifValidationFails()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createOpportunity.type", equalTo("UPSELL"))
                .body("data.createOpportunity.probability", equalTo(10))
                .body("data.createOpportunity.amount.amount", equalTo("700.00"));
    }

    @Test
    void updatesAStageThroughGraphQL() {
        JsonPath pipeline = Sales.defaultPipeline();
        String id = Sales.opportunity().getString("id");

        GraphQL.asAdmin("mutation($id: ID!, $stage: ID!) { updateOpportunity(id: $id, input: {stageId: $stage}) "
                + "{ status probability closedAt } }", Map.of("id", id, "stage", pipeline.getString("stages[4].id")))
                .log().ifValidationFails()
                .statusCode(200)
                .body("data.updateOpportunity.status", equalTo("WON"))
                .body("data.updateOpportunity.probability", equalTo(100))
                .body("data.updateOpportunity.closedAt", notNullValue());
    }

    private static ValidatableResponse patch(String id, Map<String, Object> patch) {
        return asAdmin().contentType(Api.MERGE_PATCH).body(patch)
                .when().patch(OPPORTUNITIES + "/" + id)
                .then().log().ifValidationFails()
                .statusCode(200);
    }
}
