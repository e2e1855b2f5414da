package io.quintet.crm.lead;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Database;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Integrations;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.Tenants;
import io.restassured.specification.RequestSpecification;

/**
 * Lead scoring per tenant: attribute rules of each operator, the breakdown, recomputation on change, decay,
 * background rescoring after a rule change, and rules that do not validate. Each test has a tenant of its own,
 * so that its rules touch no other test's leads.
 */
@QuarkusTest
class LeadScoringTest {

    private static final List<Map<String, Object>> ATTRIBUTE_RULES = List.of(
            rule("title", "contains", "director", 15),
            rule("industry", "equals", "Software", 10),
            Json.object("field", "source", "operator", "in", "values", List.of("referral", "partner"), "points", 7),
            rule("companySize", "gte", "200", 5),
            rule("companySize", "lte", "1000", 3));

    private static Map<String, Object> rule(String field, String operator, String value, int points) {
        return Json.object("field", field, "operator", operator, "value", value, "points", points);
    }

    private static void putRules(Tenants.TenantClient tenant, Map<String, Object> rules) {
        tenant.spec().body(rules).when().put("/api/v1/lead-scoring").then().log().ifValidationFails().statusCode(200);
    }

    private static String createLead(Tenants.TenantClient tenant, Map<String, Object> body) {
        return tenant.spec().body(body).when().post("/api/v1/leads").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    @Test
    void scoresEachMatchingAttributeRuleOnCreateAndExplainsIt() {
        Tenants.TenantClient tenant = Tenants.create();
        putRules(tenant, Json.object("attributeRules", ATTRIBUTE_RULES));

        String id = createLead(tenant, Json.object("lastName", "Lovelace", "title", "Sales Director",
                "industry", "software", "source", "referral", "companySize", 500));

        tenant.spec().when().get("/api/v1/leads/" + id).then().statusCode(200).body("score", equalTo(40));
        tenant.spec().when().get("/api/v1/leads/" + id + "/score").then().statusCode(200)
                .body("score", equalTo(40))
                .body("rawPoints", equalTo(40))
                .body("entries.rule", contains("attributeRules[0]", "attributeRules[1]", "attributeRules[2]",
                        "attributeRules[3]", "attributeRules[4]"))
                .body("entries.points", contains(15, 10, 7, 5, 3));
    }

    @Test
    void leavesOutRulesThatDoNotMatch() {
        Tenants.TenantClient tenant = Tenants.create();
        putRules(tenant, Json.object("attributeRules", ATTRIBUTE_RULES));

        String id = createLead(tenant, Json.object("lastName", "Small", "title", "Intern",
                "source", "web_form", "companySize", 5000));

        tenant.spec().when().get("/api/v1/leads/" + id + "/score").then().statusCode(200)
                .body("score", equalTo(5)).body("entries.rule", contains("attributeRules[3]"));
    }

    @Test
    void recomputesTheScoreWhenTheLeadChanges() {
        Tenants.TenantClient tenant = Tenants.create();
        putRules(tenant, Json.object("attributeRules", ATTRIBUTE_RULES));
        String id = createLead(tenant, Json.object("lastName", "Riser", "title", "Analyst"));

        tenant.spec().contentType(MERGE_PATCH).body(Json.write(Json.object("title", "Director of IT")))
                .when().patch("/api/v1/leads/" + id)
                .then().statusCode(200).body("score", equalTo(15));
    }

    @Test
    void halvesTheScoreEveryHalfLifeWithoutActivity() {
        Tenants.TenantClient tenant = Tenants.create();
        putRules(tenant, Json.object("attributeRules", List.of(rule("company", "equals", "Acme", 80)),
                "decayHalfLifeDays", 10));
        String id = createLead(tenant, Json.object("company", "Acme"));
        tenant.spec().when().get("/api/v1/leads/" + id).then().body("score", equalTo(80));
        // The one way to let time pass in a test: the lead was created 20 days ago, two half-lives.
        Database.ofService().query("update lead set created_at = ? where id = ? returning id",
                Timestamp.from(Instant.now().minus(Duration.ofDays(20))), UUID.fromString(id));

        tenant.spec().contentType(MERGE_PATCH).body(Json.write(Json.object("rating", "hot")))
                .when().patch("/api/v1/leads/" + id)
                .then().statusCode(200).body("score", equalTo(20));
        tenant.spec().when().get("/api/v1/leads/" + id + "/score").then()
                .body("rawPoints", equalTo(80)).body("decayFactor", equalTo(0.25f));
    }

    @Test
    void rescoresExistingLeadsInTheBackgroundAfterARuleChange() {
        Tenants.TenantClient tenant = Tenants.create();
        List<String> ids = IntStream.range(0, 12).mapToObj(i -> createLead(tenant,
                Json.object("lastName", "Existing " + i, "industry", "Software"))).toList();

        tenant.spec().body(Json.object("attributeRules", List.of(rule("industry", "equals", "software", 25))))
                .when().put("/api/v1/lead-scoring")
                .then().statusCode(200).body("version", equalTo(1));

        Instant deadline = Instant.now().plusSeconds(30);
        List<Integer> scores;
        do {
            scores = tenant.spec().when().get("/api/v1/leads?limit=100&fields=id,score").then().statusCode(200)
                    .extract().path("data.score");
        } while (!scores.stream().allMatch(score -> score == 25) && Instant.now().isBefore(deadline) && pause());
        assertEquals(ids.size(), scores.size());
        assertEquals(List.of(25), scores.stream().distinct().toList());
    }

    private static boolean pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    @Test
    void rejectsARuleOnAnUnknownFieldAndKeepsTheRules() {
        Tenants.TenantClient tenant = Tenants.create();
        putRules(tenant, Json.object("attributeRules", List.of(rule("title", "contains", "vp", 9))));

        tenant.spec().body(Json.object("attributeRules", List.of(rule("shoeSize", "equals", "42", 1))))
                .when().put("/api/v1/lead-scoring")
                .then().spec(Problems.invalid("attributeRules[0].field"));
        tenant.spec().when().get("/api/v1/lead-scoring").then().statusCode(200)
                .body("version", equalTo(1)).body("attributeRules.field", contains("title"));
    }

    @Test
    void rejectsANumericOperatorOnATextField() {
        Tenants.TenantClient tenant = Tenants.create();

        tenant.spec().body(Json.object("attributeRules", List.of(rule("title", "gte", "5", 1))))
                .when().put("/api/v1/lead-scoring")
                .then().spec(Problems.invalid("attributeRules[0].operator"));
        tenant.spec().when().get("/api/v1/lead-scoring").then().body("version", equalTo(0));
    }

    @Test
    void rejectsBehaviourRulesWithoutAWindow() {
        Tenants.TenantClient tenant = Tenants.create();

        tenant.spec().body(Json.object("behaviourRules", List.of(Json.object("activityType", "call",
                "pointsEach", 5, "maxPoints", 20))))
                .when().put("/api/v1/lead-scoring")
                .then().spec(Problems.invalid("behaviourRules[0].withinDays"));
    }

    @Test
    void refusesRuleChangesToNonAdministratorsButLetsThemRead() {
        Tenants.TenantClient tenant = Tenants.create();
        RequestSpecification manager = Integrations.bearer(Integrations.token(tenant.spec(), "sales_manager",
                List.of("leads:read", "leads:write")));

        manager.body(Json.object("attributeRules", List.of())).when().put("/api/v1/lead-scoring")
                .then().spec(Problems.problem(403, "forbidden"));
        Integrations.bearer(Integrations.token(tenant.spec(), "sales_manager", List.of("leads:read")))
                .when().get("/api/v1/lead-scoring").then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void readsAndChangesRulesThroughGraphQLWithTheBreakdownOfEachLead() {
        Tenants.TenantClient tenant = Tenants.create();
        GraphQL.post(tenant.spec(), """
                mutation { updateLeadScoring(input: { attributeRules: [
                  { field: "rating", operator: EQUALS, value: "hot", points: 30 } ] }) { version } }""", Map.of())
                .body("errors", equalTo(null)).body("data.updateLeadScoring.version", equalTo(1));
        createLead(tenant, Json.object("lastName", "Hot one", "rating", "hot"));
        createLead(tenant, Json.object("lastName", "Cold one", "rating", "cold"));

        GraphQL.post(tenant.spec(), """
                { leads(orderBy: "-score") { edges { node { lastName score
                    scoreBreakdown { score entries { rule points } } } } } }""", Map.of())
                .body("errors", equalTo(null))
                .body("data.leads.edges.node.lastName", contains("Hot one", "Cold one"))
                .body("data.leads.edges.node.scoreBreakdown.score", contains(30, 0))
                .body("data.leads.edges[0].node.scoreBreakdown.entries", hasSize(1))
                .body("data.leads.edges[1].node.scoreBreakdown.entries", hasSize(0));
        GraphQL.post(tenant.spec(), "{ leadScoring { version attributeRules { field operator points } } }", Map.of())
                .body("data.leadScoring.attributeRules.field", containsInAnyOrder("rating"));
    }
}
