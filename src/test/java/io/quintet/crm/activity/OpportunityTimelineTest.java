package io.quintet.crm.activity;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;

/** Opportunities on timelines: their own, with linked activities, and their account's. */
@QuarkusTest
class OpportunityTimelineTest {

    private static String opportunity(String account) {
        return asAdmin().body(Json.object("name", Unique.name("Deal"), "accountId", account))
                .when().post("/api/v1/opportunities").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    @Test
    void showsActivitiesLinkedToAnOpportunityOnItsTimeline() {
        String opportunity = opportunity(Records.createAccount(Unique.name("Deal account")));
        String note = Activities.create(Activities.note("Pricing agreed", List.of(Activities.link("opportunity",
                opportunity))));

        asAdmin().queryParam("kind", "activity").when().get("/api/v1/opportunities/" + opportunity + "/timeline")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.objectId", contains(note));
    }

    @Test
    void showsAnOpportunitysChangesOnItsAccountsTimeline() {
        String account = Records.createAccount(Unique.name("Deal owner"));
        String opportunity = opportunity(account);
        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("nextStep", "Send the contract"))
                .when().patch("/api/v1/opportunities/" + opportunity).then().statusCode(200);

        asAdmin().queryParam("kind", "field_change").when().get("/api/v1/accounts/" + account + "/timeline")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.objectId", contains(opportunity))
                .body("data[0].objectType", equalTo("opportunity"));
    }

    @Test
    void showsAStageChangeWithTheNamesOfBothStages() {
        String opportunity = opportunity(Records.createAccount(Unique.name("Staged account")));
        String proposal = asAdmin().queryParam("filter", "isDefault==true").when().get("/api/v1/pipelines").then()
                .statusCode(200).extract().path("data[0].stages.find { it.name == 'Proposal' }.id");
        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("stageId", proposal))
                .when().patch("/api/v1/opportunities/" + opportunity).then().statusCode(200);

        asAdmin().queryParam("kind", "stage_change").when().get("/api/v1/opportunities/" + opportunity + "/timeline")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.kind", contains("stage_change"))
                .body("data[0].objectId", equalTo(opportunity))
                .body("data[0].action", equalTo("stage_changed"))
                .body("data[0].changes.field", contains("stageId", "stageName"))
                .body("data[0].changes[1].from", equalTo("Prospecting"))
                .body("data[0].changes[1].to", equalTo("Proposal"))
                .body("data[0].changes[0].to", equalTo(proposal));
    }

    @Test
    void showsTheStageChangeOnTheAccountsTimelineBetweenTheOpportunitysOtherEntries() {
        String account = Records.createAccount(Unique.name("Stage watcher"));
        String opportunity = opportunity(account);
        String negotiation = asAdmin().queryParam("filter", "isDefault==true").when().get("/api/v1/pipelines").then()
                .statusCode(200).extract().path("data[0].stages.find { it.name == 'Negotiation' }.id");
        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("stageId", negotiation))
                .when().patch("/api/v1/opportunities/" + opportunity).then().statusCode(200);

        asAdmin().queryParam("kind", "stage_change,created").when().get("/api/v1/accounts/" + account + "/timeline")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.kind", contains("stage_change", "created", "created"))
                .body("data.objectId", contains(opportunity, opportunity, account));
    }
}
