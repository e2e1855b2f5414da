package io.quintet.crm.opportunity;

import static io.quintet.crm.opportunity.Sales.OPPORTUNITIES;
import static io.quintet.crm.opportunity.Sales.PIPELINES;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;

/** Pipelines and their stages: the default pipeline, adding, renaming, reordering and removing stages. */
@QuarkusTest
class PipelineTest {

    @Test
    void givesANewTenantTheDefaultPipelineOnce() {
        Tenants.TenantClient tenant = Tenants.create();

        for (int i = 0; i < 2; i++) {
            tenant.spec().when().get(PIPELINES)
                    .then().log().ifValidationFails()
                    .statusCode(200)
                    .body("data", hasSize(1))
                    .body("data[0].isDefault", equalTo(true))
                    .body("data[0].stages.name", contains("Prospecting", "Qualification", "Proposal", "Negotiation",
                            "Closed Won", "Closed Lost"))
                    .body("data[0].stages.probability", contains(10, 20, 50, 75, 100, 0))
                    .body("data[0].stages.kind", contains("open", "open", "open", "open", "won", "lost"));
        }
    }

    @Test
    void addsAStageAtAPosition() {
        JsonPath pipeline = Sales.pipeline();
        String id = pipeline.getString("id");

        asAdmin().body(Sales.stage("Trial", 60, "open")).queryParam("position", 2)
                .when().post(PIPELINES + "/" + id + "/stages")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("stages.name", contains("Lead", "Demo", "Trial", "Won", "Lost"));
    }

    @Test
    void renamesAndMovesAStageKeepingItsId() {
        JsonPath pipeline = Sales.pipeline();
        String id = pipeline.getString("id");
        String demo = pipeline.getString("stages[1].id");

        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("name", "Live demo", "position", 0))
                .when().patch(PIPELINES + "/" + id + "/stages/" + demo)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("stages.name", contains("Live demo", "Lead", "Won", "Lost"))
                .body("stages[0].id", equalTo(demo))
                .body("stages[0].probability", equalTo(40));
    }

    @Test
    void reordersStagesWithAPatchOfTheWholeList() {
        JsonPath pipeline = Sales.pipeline();
        List<Map<String, Object>> stages = pipeline.getList("stages");

        asAdmin().contentType(Api.MERGE_PATCH)
                .body(Json.object("stages", List.of(stages.get(1), stages.get(0), stages.get(2), stages.get(3))))
                .when().patch(PIPELINES + "/" + pipeline.getString("id"))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("stages.name", contains("Demo", "Lead", "Won", "Lost"));
    }

    @Test
    void refusesTwoStagesWithOneName() {
        asAdmin().body(Json.object("name", Unique.name("Twins"), "stages",
                List.of(Sales.stage("Same", 10, "open"), Sales.stage("same", 20, "open"))))
                .when().post(PIPELINES)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("stages[1].name"));
    }

    @Test
    void refusesAProbabilityAbove100AndChangesNothing() {
        JsonPath pipeline = Sales.pipeline();
        String id = pipeline.getString("id");

        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("probability", 101))
                .when().patch(PIPELINES + "/" + id + "/stages/" + pipeline.getString("stages[0].id"))
                .then().log().ifValidationFails()
                .statusCode(400);
        asAdmin().when().get(PIPELINES + "/" + id).then().body("version", equalTo(0))
                .body("stages[0].probability", equalTo(10));
    }

    @Test
    void removesAnUnusedStage() {
        JsonPath pipeline = Sales.pipeline();

        asAdmin().when().delete(PIPELINES + "/" + pipeline.getString("id") + "/stages/"
                + pipeline.getString("stages[1].id"))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("stages.name", contains("Lead", "Won", "Lost"));
    }

    @Test
    void refusesToRemoveAStageInUseWithoutMoveTo() {
        JsonPath pipeline = Sales.pipeline();
        String id = pipeline.getString("id");
        String lead = pipeline.getString("stages[0].id");
        String deal = Sales.opportunity("pipelineId", id).getString("id");

        asAdmin().when().delete(PIPELINES + "/" + id + "/stages/" + lead)
                .then().log().ifValidationFails()
                .spec(Problems.conflict());
        asAdmin().when().get(PIPELINES + "/" + id).then().body("stages", hasSize(4));
        asAdmin().when().get(OPPORTUNITIES + "/" + deal).then().body("stageId", equalTo(lead));
    }

    @Test
    void movesTheOpportunitiesOfARemovedStageToMoveTo() {
        JsonPath pipeline = Sales.pipeline();
        String id = pipeline.getString("id");
        String lead = pipeline.getString("stages[0].id");
        String demo = pipeline.getString("stages[1].id");
        String deal = Sales.opportunity("pipelineId", id).getString("id");

        asAdmin().queryParam("moveTo", demo)
                .when().delete(PIPELINES + "/" + id + "/stages/" + lead)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("stages.name", contains("Demo", "Won", "Lost"));
        asAdmin().when().get(OPPORTUNITIES + "/" + deal).then()
                .body("stageId", equalTo(demo))
                .body("probability", equalTo(40));
        asAdmin().when().get(OPPORTUNITIES + "/" + deal + "/stage-history").then()
                .body("data.toStageName", contains("Lead", "Demo"));
    }

    @Test
    void refusesToDeleteTheDefaultPipeline() {
        String id = Sales.defaultPipeline().getString("id");

        asAdmin().when().delete(PIPELINES + "/" + id)
                .then().log().ifValidationFails()
                .spec(Problems.conflict());
    }

    @Test
    void refusesAStaleIfMatchOnAStageChange() {
        JsonPath pipeline = Sales.pipeline();

        asAdmin().header("If-Match", "\"7\"").body(Sales.stage("Late", 5, "open"))
                .when().post(PIPELINES + "/" + pipeline.getString("id") + "/stages")
                .then().log().ifValidationFails()
                .spec(Problems.preconditionFailed());
    }

    @Test
    void removesAStageInUseThroughGraphQLWithMoveTo() {
        JsonPath pipeline = Sales.pipeline();
        String id = pipeline.getString("id");
        String deal = Sales.opportunity("pipelineId", id).getString("id");

        GraphQL.asAdmin("mutation($p: ID!, $s: ID!, $to: ID!) { removePipelineStage(pipelineId: $p, stageId: $s, "
                + "moveTo: $to) { stages { name } } }", Map.of("p", id, "s", pipeline.getString("stages[0].id"),
                "to", pipeline.getString("stages[3].id")))
                .log().ifValidationFails()
                .statusCode(200)
                .body("data.removePipelineStage.stages.name", contains("Demo", "Won", "Lost"));
        asAdmin().when().get(OPPORTUNITIES + "/" + deal).then().body("status", equalTo("lost"));
    }

    @Test
    void addsAStageThroughGraphQL() {
        String id = Sales.pipeline().getString("id");

        GraphQL.asAdmin("mutation($id: ID!) { addPipelineStage(pipelineId: $id, position: 0, "
                + "stage: {name: \"Cold\", probability: 5, kind: OPEN}) { stages { name kind } } }", Map.of("id", id))
                .log().ifValidationFails()
                .statusCode(200)
                .body("data.addPipelineStage.stages.name", contains("Cold", "Lead", "Demo", "Won", "Lost"))
                .body("data.addPipelineStage.stages.kind", hasItem("OPEN"));
    }
}
