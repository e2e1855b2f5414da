package io.quintet.crm.lead;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Concurrently;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.Unique;
import io.quintet.crm.testsupport.keycloak.SsoTenant;
import io.restassured.response.Response;

/**
 * Lead assignment in the tenant of realm tenant-a, whose users sign in (teams need users): round robin is fair
 * under concurrent creates, territories route by country, industry and size, and a given owner wins. Each
 * test uses a team of its own and clears the rules afterwards.
 */
@QuarkusTest
class LeadAssignmentTest {

    private static final List<String> MEMBERS = List.of("bob", "dave", "mia");

    @AfterEach
    void clearRules() {
        SsoTenant.adminClient().body(Map.of()).when().put("/api/v1/lead-assignment").then().statusCode(200);
    }

    private static String team() {
        return SsoTenant.adminClient().body(Json.object("name", Unique.name("Inside sales"), "memberIds",
                MEMBERS.stream().map(SsoTenant::userId).toList()))
                .when().post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    private static void putRules(Map<String, Object> rules) {
        SsoTenant.adminClient().body(rules).when().put("/api/v1/lead-assignment")
                .then().log().ifValidationFails().statusCode(200);
    }

    private static Response createLead(Map<String, Object> body) {
        return SsoTenant.adminClient().body(body).when().post("/api/v1/leads");
    }

    private static String ownerOf(Map<String, Object> body) {
        return createLead(body).then().statusCode(201).extract().path("ownerId");
    }

    @Test
    void sharesOneHundredConcurrentLeadsFairlyAcrossTheTeam() {
        putRules(Json.object("roundRobinTeamId", team()));
        String label = Unique.name("Round robin");

        // Ten waves of ten concurrent creates: concurrent enough to race for turns, few enough that the
        // requests queued on the rotation's row lock do not time out on a loaded machine.
        List<Response> created = IntStream.range(0, 10)
                .mapToObj(wave -> Concurrently.run(10, () -> createLead(Json.object("lastName", label))))
                .flatMap(List::stream).toList();

        created.forEach(response -> assertEquals(201, response.statusCode(), response.asString()));
        Map<String, Long> perOwner = created.stream().map(response -> (String) response.path("ownerId"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(MEMBERS.stream().map(SsoTenant::userId).collect(Collectors.toSet()), perOwner.keySet());
        perOwner.values().forEach(count -> assertTrue(count == 33 || count == 34, "unfair share: " + perOwner));
    }

    @Test
    void routesByTheFirstMatchingTerritory() {
        String team = team();
        putRules(Json.object("territories", List.of(
                Json.object("name", "France", "countries", List.of("FR"), "userId", SsoTenant.userId("erin")),
                Json.object("name", "Mid-size software", "industries", List.of("Software"), "minCompanySize", 100,
                        "maxCompanySize", 999, "userId", SsoTenant.userId("dave")),
                Json.object("name", "Everyone else", "teamId", team))));

        assertEquals(SsoTenant.userId("erin"), ownerOf(Json.object("lastName", "Dupont",
                "address", Json.object("country", "fr"), "industry", "Software", "companySize", 200)));
        assertEquals(SsoTenant.userId("dave"), ownerOf(Json.object("lastName", "Smith", "industry", "software",
                "companySize", 999)));
        String other = ownerOf(Json.object("lastName", "Big", "industry", "Software", "companySize", 1000));
        assertTrue(MEMBERS.stream().map(SsoTenant::userId).toList().contains(other), other);
    }

    @Test
    void keepsTheOwnerACreateNames() {
        putRules(Json.object("roundRobinTeamId", team()));

        assertEquals(SsoTenant.userId("erin"), ownerOf(Json.object("lastName", "Chosen",
                "ownerId", SsoTenant.userId("erin"))));
    }

    @Test
    void leavesTheLeadToItsCreatorWhenNoRuleMatches() {
        putRules(Json.object("territories", List.of(Json.object("countries", List.of("JP"),
                "userId", SsoTenant.userId("dave")))));

        SsoTenant.user("alice").body(Json.object("lastName", "Unrouted")).when().post("/api/v1/leads")
                .then().statusCode(201).body("ownerId", equalTo(SsoTenant.userId("alice")));
    }

    @Test
    void rejectsATerritoryWithBothAUserAndATeamAndKeepsTheRules() {
        String team = team();
        putRules(Json.object("roundRobinTeamId", team));

        SsoTenant.adminClient().body(Json.object("territories", List.of(Json.object("countries", List.of("DE"),
                "userId", SsoTenant.userId("dave"), "teamId", team))))
                .when().put("/api/v1/lead-assignment")
                .then().spec(Problems.invalid("territories[0].userId"));
        SsoTenant.adminClient().when().get("/api/v1/lead-assignment").then().statusCode(200)
                .body("roundRobinTeamId", equalTo(team));
    }

    @Test
    void rejectsATeamThatDoesNotExist() {
        SsoTenant.adminClient().body(Json.object("roundRobinTeamId", "7b7f8a9e-1d2c-4e5f-8a9b-0c1d2e3f4a5b"))
                .when().put("/api/v1/lead-assignment")
                .then().spec(Problems.invalid("roundRobinTeamId"));
    }

    @Test
    void setsTheRulesThroughGraphQL() {
        String team = team();

        GraphQL.post(SsoTenant.adminClient(), "mutation($team: ID) { updateLeadAssignment(input: { roundRobinTeamId: "
                + "$team }) { roundRobinTeamId territories { name } } }", Map.of("team", team))
                .body("errors", equalTo(null))
                .body("data.updateLeadAssignment.roundRobinTeamId", equalTo(team));
        GraphQL.post(SsoTenant.adminClient(), "{ leadAssignment { roundRobinTeamId } }", Map.of())
                .body("data.leadAssignment.roundRobinTeamId", equalTo(team));
    }
}
