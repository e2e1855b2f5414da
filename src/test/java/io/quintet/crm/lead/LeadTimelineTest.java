package io.quintet.crm.lead;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;
import io.restassured.path.json.JsonPath;

/** A lead's timeline: its creation, changes, activities and conversion, newest first, page by page, by kind. */
@QuarkusTest
class LeadTimelineTest {

    private static String timeline(String lead) {
        return "/api/v1/leads/" + lead + "/timeline";
    }

    /** A lead created, retitled, noted and converted, in that order; answers its id and the note's. */
    private static List<String> leadWithAHistory() {
        String lead = asAdmin().body(Json.object("lastName", "Storied", "company", Unique.name("Storied")))
                .when().post("/api/v1/leads").then().statusCode(201).extract().path("id");
        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("title", "Head of Buying"))
                .when().patch("/api/v1/leads/" + lead).then().statusCode(200);
        String note = asAdmin().body(Json.object("kind", "note", "body", "Wants a demo", "links",
                List.of(Json.object("object", "lead", "id", lead))))
                .when().post("/api/v1/activities").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of()).when().post("/api/v1/leads/" + lead + "/convert").then().statusCode(200);
        return List.of(lead, note);
    }

    @Test
    void showsTheLeadsCreationChangesActivitiesAndConversionNewestFirst() {
        List<String> made = leadWithAHistory();
        String lead = made.get(0);

        asAdmin().when().get(timeline(lead)).then().log().ifValidationFails()
                .statusCode(200)
                .body("data.kind", contains("conversion", "activity", "field_change", "created"))
                .body("data.objectId", contains(lead, made.get(1), lead, lead))
                .body("data[0].action", equalTo("converted"))
                .body("data[0].changes.find { it.field == 'status' }.to", equalTo("converted"))
                .body("data[1].activity.body", equalTo("Wants a demo"))
                .body("data[2].changes.field", contains("title"))
                .body("page.hasMore", equalTo(false));
    }

    @Test
    void pagesThroughTheTimelineWithACursor() {
        String lead = leadWithAHistory().get(0);

        JsonPath first = asAdmin().queryParam("limit", 3).when().get(timeline(lead)).then().statusCode(200)
                .body("data", hasSize(3)).body("page.hasMore", equalTo(true))
                .body("page.nextCursor", notNullValue())
                .extract().jsonPath();
        JsonPath second = asAdmin().queryParam("limit", 3).queryParam("cursor", first.getString("page.nextCursor"))
                .when().get(timeline(lead)).then().statusCode(200)
                .body("page.hasMore", equalTo(false))
                .extract().jsonPath();

        List<String> kinds = new ArrayList<>(first.getList("data.kind"));
        kinds.addAll(second.getList("data.kind"));
        assertThat(kinds, contains("conversion", "activity", "field_change", "created"));
    }

    @Test
    void narrowsTheTimelineToTheKindsAskedFor() {
        String lead = leadWithAHistory().get(0);

        asAdmin().queryParam("kind", "conversion,created").when().get(timeline(lead)).then().statusCode(200)
                .body("data.kind", contains("conversion", "created"));
    }

    @Test
    void refusesAnUnknownKind() {
        String lead = leadWithAHistory().get(0);

        asAdmin().queryParam("kind", "phone_call").when().get(timeline(lead)).then().spec(Problems.invalid("kind"));
    }

    @Test
    void answersNotFoundForAnotherTenantsLead() {
        String theirs = Tenants.other().spec().body(Json.object("lastName", Unique.name("Theirs")))
                .when().post("/api/v1/leads").then().statusCode(201).extract().path("id");

        asAdmin().when().get(timeline(theirs)).then().spec(Problems.notFound());
        GraphQL.asAdmin("query($id: ID!) { lead(id: $id) { timeline { edges { node { kind } } } } }",
                Map.of("id", theirs))
                .body("data.lead", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void readsTheTimelineThroughGraphQL() {
        String lead = leadWithAHistory().get(0);

        GraphQL.asAdmin("""
                query($id: ID!) { lead(id: $id) { scoreBreakdown { score }
                  timeline(first: 2, kinds: [CONVERSION, FIELD_CHANGE, CREATED]) {
                    edges { node { kind action objectId } } pageInfo { hasNextPage endCursor } } } }""",
                Map.of("id", lead))
                .body("errors", nullValue())
                .body("data.lead.timeline.edges.node.kind", contains("CONVERSION", "FIELD_CHANGE"))
                .body("data.lead.timeline.edges[0].node.action", equalTo("converted"))
                .body("data.lead.timeline.pageInfo.hasNextPage", equalTo(true));
    }
}
