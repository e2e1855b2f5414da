package io.quintet.crm.opportunity;

import static io.quintet.crm.opportunity.Sales.OPPORTUNITIES;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Database;
import io.quintet.crm.testsupport.Database.OutboxEvent;
import io.quintet.crm.testsupport.Json;

/** Stage history: every change recorded with who and when, time in stage, closing and reopening, events. */
@QuarkusTest
class StageHistoryTest {

    @Test
    void recordsEveryStageChangeInOrder() {
        JsonPath pipeline = Sales.pipeline();
        String id = Sales.opportunity("pipelineId", pipeline.getString("id")).getString("id");

        moveTo(id, pipeline.getString("stages[1].id"));
        moveTo(id, pipeline.getString("stages[2].id"));

        asAdmin().when().get(OPPORTUNITIES + "/" + id + "/stage-history")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.fromStageName", contains(null, "Lead", "Demo"))
                .body("data.toStageName", contains("Lead", "Demo", "Won"))
                .body("data.toStatus", contains("open", "open", "won"))
                .body("data.current", contains(false, false, true))
                .body("data.changedBy", contains(notNullValue(), notNullValue(), notNullValue()));
    }

    @Test
    void timeInStageIsTheGapToTheNextChange() throws InterruptedException {
        JsonPath pipeline = Sales.pipeline();
        String id = Sales.opportunity("pipelineId", pipeline.getString("id")).getString("id");
        Thread.sleep(2100);
        moveTo(id, pipeline.getString("stages[1].id"));

        JsonPath history = asAdmin().when().get(OPPORTUNITIES + "/" + id + "/stage-history")
                .then().statusCode(200).extract().jsonPath();

        assertThat(history.getLong("data[0].secondsInStage"), greaterThanOrEqualTo(2L));
        assertThat(history.getLong("data[0].secondsInStage"), lessThan(60L));
        assertThat(history.getLong("data[1].secondsInStage"), lessThan(60L));
    }

    @Test
    void closingSetsClosedAtAndReopeningClearsIt() {
        JsonPath pipeline = Sales.pipeline();
        String id = Sales.opportunity("pipelineId", pipeline.getString("id")).getString("id");

        moveTo(id, pipeline.getString("stages[3].id")).body("status", equalTo("lost"))
                .body("closedAt", notNullValue()).body("probability", equalTo(0));
        moveTo(id, pipeline.getString("stages[1].id")).body("status", equalTo("open"))
                .body("closedAt", nullValue()).body("probability", equalTo(40));

        asAdmin().when().get(OPPORTUNITIES + "/" + id + "/stage-history")
                .then().body("data.reopened", contains(false, false, true));
    }

    @Test
    void announcesAStageChangeWithThePreviousStage() {
        JsonPath pipeline = Sales.pipeline();
        String id = Sales.opportunity("pipelineId", pipeline.getString("id")).getString("id");

        moveTo(id, pipeline.getString("stages[2].id"));

        List<OutboxEvent> events = Database.ofService().outboxEvents(id);
        assertThat(events.stream().map(OutboxEvent::eventType).toList(),
                contains("opportunity.created", "opportunity.stage_changed", "opportunity.updated"));
        assertThat(events.get(1).payload().at("/data/previous/stageName").asText(), equalTo("Lead"));
        assertThat(events.get(1).payload().at("/data/previous/status").asText(), equalTo("open"));
        assertThat(events.get(1).payload().at("/data/record/stageName").asText(), equalTo("Won"));
        assertThat(events.get(1).payload().at("/data/record/closedAt").isNull(), equalTo(false));
        assertThat(events.get(2).payload().at("/data/previous/stageId").asText(),
                equalTo(pipeline.getString("stages[0].id")));
    }

    @Test
    void aChangeWithoutAStageMoveRecordsNoHistory() {
        String id = Sales.opportunity().getString("id");

        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("nextStep", "Call"))
                .when().patch(OPPORTUNITIES + "/" + id).then().statusCode(200);

        asAdmin().when().get(OPPORTUNITIES + "/" + id + "/stage-history")
                .then().body("data.toStageName", contains("Prospecting"));
    }

    private static ValidatableResponse moveTo(String id, String stage) {
        return asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("stageId", stage))
                .when().patch(OPPORTUNITIES + "/" + id)
                .then().log().ifValidationFails()
                .statusCode(200);
    }
}
