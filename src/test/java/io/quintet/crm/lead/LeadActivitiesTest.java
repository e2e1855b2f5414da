package io.quintet.crm.lead;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Database;
import io.quintet.crm.testsupport.Eventually;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Leads and their activities: behaviour rules count the activities linked to a lead (within their window,
 * capped), an activity's create, change and delete rescore its leads at once, decay runs from the last
 * activity, and a conversion links the lead's activities to what it became. Scoring tests have a tenant
 * of their own, so that their rules touch no other test's leads.
 */
@QuarkusTest
class LeadActivitiesTest {

    private static final Map<String, Object> CALLS = Json.object("activityType", "call", "withinDays", 30,
            "pointsEach", 5, "maxPoints", 15);
    private static final Map<String, Object> EMAILS = Json.object("activityType", "email", "withinDays", 30,
            "pointsEach", 10, "maxPoints", 50);

    private static Tenants.TenantClient tenantWithRules(Map<String, Object> rules) {
        Tenants.TenantClient tenant = Tenants.create();
        tenant.spec().body(rules).when().put("/api/v1/lead-scoring").then().log().ifValidationFails().statusCode(200);
        return tenant;
    }

    private static String createLead(RequestSpecification as, Map<String, Object> body) {
        return as.body(body).when().post("/api/v1/leads").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> onLead(String lead) {
        return Json.object("object", "lead", "id", lead);
    }

    private static Map<String, Object> call(String lead) {
        return Json.object("kind", "call", "subject", "Intro call", "direction", "outbound", "links",
                List.of(onLead(lead)));
    }

    private static Map<String, Object> emailSent(String lead, Duration ago) {
        return Json.object("kind", "email", "subject", "Follow-up", "from", "rep@example.org", "to",
                List.of("lead@example.org"), "sentAt", Instant.now().minus(ago).toString(), "links",
                List.of(onLead(lead)));
    }

    private static String log(RequestSpecification as, Map<String, Object> activity) {
        return as.body(activity).when().post("/api/v1/activities").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    private static int score(RequestSpecification as, String lead) {
        return as.when().get("/api/v1/leads/" + lead).then().statusCode(200).extract().path("score");
    }

    @Test
    void raisesTheScoreOfTheLeadACallIsLoggedOnByTheRulesPoints() {
        Tenants.TenantClient tenant = tenantWithRules(Json.object("behaviourRules", List.of(CALLS)));
        String lead = createLead(tenant.spec(), Json.object("lastName", "Caller"));
        assertThat(score(tenant.spec(), lead), equalTo(0));

        log(tenant.spec(), call(lead));

        tenant.spec().when().get("/api/v1/leads/" + lead + "/score").then().statusCode(200)
                .body("score", equalTo(5))
                .body("entries.rule", contains("behaviourRules[0]"))
                .body("entries[0].points", equalTo(5));
        assertThat(score(tenant.spec(), lead), equalTo(5));
    }

    @Test
    void capsABehaviourRuleAtItsMaximum() {
        Tenants.TenantClient tenant = tenantWithRules(Json.object("behaviourRules", List.of(CALLS)));
        String lead = createLead(tenant.spec(), Json.object("lastName", "Busy line"));

        for (int i = 0; i < 4; i++) {
            log(tenant.spec(), call(lead));
        }

        tenant.spec().when().get("/api/v1/leads/" + lead + "/score").then().statusCode(200)
                .body("score", equalTo(15))
                .body("entries[0].points", equalTo(15))
                .body("entries[0].description", equalTo("4 x call within 30 days, 5 each, at most 15"));
    }

    @Test
    void countsNoActivityOlderThanTheRulesWindow() {
        Tenants.TenantClient tenant = tenantWithRules(Json.object("behaviourRules", List.of(EMAILS)));
        String lead = createLead(tenant.spec(), Json.object("lastName", "Pen pal"));

        log(tenant.spec(), emailSent(lead, Duration.ofDays(40)));
        assertThat(score(tenant.spec(), lead), equalTo(0));

        log(tenant.spec(), emailSent(lead, Duration.ofDays(5)));
        assertThat(score(tenant.spec(), lead), equalTo(10));
    }

    @Test
    void decaysFromTheLeadsLastActivity() {
        Tenants.TenantClient tenant = tenantWithRules(Json.object("attributeRules", List.of(Json.object("field",
                "company", "operator", "equals", "value", "Acme", "points", 80)), "decayHalfLifeDays", 10));
        String lead = createLead(tenant.spec(), Json.object("company", "Acme"));
        // The one way to let time pass in a test: the lead was created 40 days ago, four half-lives.
        Database.ofService().query("update lead set created_at = ? where id = ? returning id",
                Timestamp.from(Instant.now().minus(Duration.ofDays(40))), UUID.fromString(lead));

        // Its last activity, ten days ago, is one half-life: 80 x 0.5 rather than 80 x 0.0625.
        log(tenant.spec(), emailSent(lead, Duration.ofDays(10)));

        tenant.spec().when().get("/api/v1/leads/" + lead + "/score").then().statusCode(200)
                .body("score", equalTo(40))
                .body("rawPoints", equalTo(80));
    }

    @Test
    void lowersTheScoreAgainWhenTheActivityIsDeleted() {
        Tenants.TenantClient tenant = tenantWithRules(Json.object("behaviourRules", List.of(CALLS)));
        String lead = createLead(tenant.spec(), Json.object("lastName", "Hung up"));
        String call = log(tenant.spec(), call(lead));
        assertThat(score(tenant.spec(), lead), equalTo(5));

        tenant.spec().when().delete("/api/v1/activities/" + call).then().statusCode(204);

        assertThat(score(tenant.spec(), lead), equalTo(0));
        tenant.spec().when().get("/api/v1/leads/" + lead + "/score").then().body("entries", equalTo(List.of()));
    }

    @Test
    void rescoresBothLeadsWhenAnActivityMovesFromOneToTheOther() {
        Tenants.TenantClient tenant = tenantWithRules(Json.object("behaviourRules", List.of(CALLS)));
        String first = createLead(tenant.spec(), Json.object("lastName", "First"));
        String second = createLead(tenant.spec(), Json.object("lastName", "Second"));
        String call = log(tenant.spec(), call(first));

        tenant.spec().contentType(Api.MERGE_PATCH).body(Json.object("links", List.of(onLead(second))))
                .when().patch("/api/v1/activities/" + call).then().log().ifValidationFails().statusCode(200);

        assertThat(score(tenant.spec(), first), equalTo(0));
        assertThat(score(tenant.spec(), second), equalTo(5));
    }

    @Test
    void countsTheActivitiesOfExistingLeadsWhenTheRulesChange() {
        Tenants.TenantClient tenant = Tenants.create();
        String lead = createLead(tenant.spec(), Json.object("lastName", "Early caller"));
        log(tenant.spec(), call(lead));
        log(tenant.spec(), call(lead));
        assertThat(score(tenant.spec(), lead), equalTo(0));

        tenant.spec().body(Json.object("behaviourRules", List.of(CALLS))).when().put("/api/v1/lead-scoring")
                .then().statusCode(200);

        assertThat(Eventually.get(Duration.ofSeconds(30), () -> score(tenant.spec(), lead), score -> score == 10),
                equalTo(10));
    }

    @Test
    void changesNothingWhenTheActivityIsRefused() {
        Tenants.TenantClient tenant = tenantWithRules(Json.object("behaviourRules", List.of(CALLS)));
        String lead = createLead(tenant.spec(), Json.object("lastName", "Refused"));
        int version = tenant.spec().when().get("/api/v1/leads/" + lead).then().extract().path("version");

        Map<String, Object> invalid = Json.with(call(lead), "durationSeconds", -1);
        tenant.spec().body(invalid).when().post("/api/v1/activities").then().statusCode(400);

        tenant.spec().when().get("/api/v1/leads/" + lead).then()
                .body("score", equalTo(0)).body("version", equalTo(version));
    }

    @Test
    void linksTheLeadsActivitiesToTheAccountContactAndOpportunityItBecame() {
        String lead = createLead(asAdmin(), Json.object("lastName", "History", "company", Unique.name("History")));
        String note = log(asAdmin(), Json.object("kind", "note", "body", "Met at the fair", "links",
                List.of(onLead(lead))));
        String call = log(asAdmin(), call(lead));

        JsonPath conversion = asAdmin().body(Json.object("opportunity", Json.object("name", "History deal")))
                .when().post("/api/v1/leads/" + lead + "/convert").then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath();

        String account = conversion.getString("accountId");
        String contact = conversion.getString("contactId");
        String opportunity = conversion.getString("opportunityId");
        for (String activity : List.of(note, call)) {
            asAdmin().when().get("/api/v1/activities/" + activity).then().statusCode(200)
                    .body("links.object", contains("lead", "account", "contact", "opportunity"))
                    .body("links.id", contains(lead, account, contact, opportunity));
        }
        for (String path : List.of("accounts/" + account, "contacts/" + contact, "opportunities/" + opportunity)) {
            asAdmin().queryParam("kind", "activity").when().get("/api/v1/" + path + "/timeline").then()
                    .statusCode(200).body("data.objectId", containsInAnyOrder(note, call));
        }
    }

    @Test
    void announcesTheActivitiesNewLinksWithTheirPreviousOnes() {
        String lead = createLead(asAdmin(), Json.object("lastName", "Relinked", "company", Unique.name("Relinked")));
        String note = log(asAdmin(), Json.object("kind", "note", "body", "Asked for a quote", "links",
                List.of(onLead(lead))));

        String account = asAdmin().body(Map.of()).when().post("/api/v1/leads/" + lead + "/convert").then()
                .statusCode(200).extract().path("accountId");

        Database.OutboxEvent updated = Database.ofService().outboxEvents(note).stream()
                .filter(event -> event.eventType().equals("activity.updated")).findFirst().orElseThrow();
        assertThat(updated.payload().path("data").path("previous").path("links").size(), equalTo(1));
        assertThat(updated.payload().path("data").path("record").path("links").findValuesAsText("id"),
                hasItem(account));
    }
}
