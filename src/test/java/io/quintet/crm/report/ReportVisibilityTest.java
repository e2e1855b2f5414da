package io.quintet.crm.report;

import static io.quintet.crm.testsupport.keycloak.SsoTenant.adminClient;
import static io.quintet.crm.testsupport.keycloak.SsoTenant.user;
import static io.quintet.crm.testsupport.keycloak.SsoTenant.userId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.Unique;
import io.quintet.crm.testsupport.keycloak.SsoTenant;

/**
 * Reports count what the caller may read, and the team filter reaches down the team tree. In the SSO tenant
 * (whose users are real), a pipeline of this class's own holds four EUR deals at its one open stage:
 * bob 100.00, erin 200.00, mallory 400.00, alice 800.00. Mallory manages a team of bob and erin; a "region" team has
 * mallory as its only member and no manager. Tests that make opportunities private restore the default.
 */
@QuarkusTest
class ReportVisibilityTest {

    private static String pipeline;
    private static String region;
    private static String mallorysTeam;

    @BeforeEach
    void dataset() {
        SsoTenant.get();
        if (pipeline != null) {
            return;
        }
        pipeline = adminClient().body(Json.object("name", Unique.name("Visibility pipe"), "stages", List.of(
                Json.object("name", "Open", "probability", 20, "kind", "open"),
                Json.object("name", "Won", "probability", 100, "kind", "won"))))
                .when().post("/api/v1/pipelines").then().statusCode(201).extract().path("id");
        String account = adminClient().body(Map.of("name", Unique.name("Visibility buyer")))
                .when().post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        deal(account, "bob", "100.00");
        deal(account, "erin", "200.00");
        deal(account, "mallory", "400.00");
        deal(account, "alice", "800.00");
        mallorysTeam = team(userId("mallory"), List.of(userId("bob"), userId("erin")));
        region = team(null, List.of(userId("mallory")));
    }

    @Test
    void underPrivateSharingARepCountsOnlyTheirOwnDeals() {
        opportunitiesAre("private");
        try {
            Reports.get(user("bob"), "pipeline-by-stage", "pipelineId", pipeline).statusCode(200)
                    .body("stages.count", contains(1, 0))
                    .body("stages[0].amounts.amount", contains("100.00"))
                    // 100.00 at 20 %
                    .body("stages[0].amounts.weightedAmount", contains("20.00"));
        } finally {
            opportunitiesAre("read_write");
        }
    }

    @Test
    void underPrivateSharingAManagerCountsTheirTeamsDeals() {
        opportunitiesAre("private");
        try {
            // mallory 400.00 + bob 100.00 + erin 200.00
            Reports.get(user("mallory"), "pipeline-by-stage", "pipelineId", pipeline).statusCode(200)
                    .body("stages.count", contains(3, 0))
                    .body("stages[0].amounts.amount", contains("700.00"));
        } finally {
            opportunitiesAre("read_write");
        }
    }

    @Test
    void underReadWriteSharingARepCountsEveryDeal() {
        // 100.00 + 200.00 + 400.00 + 800.00
        Reports.get(user("bob"), "pipeline-by-stage", "pipelineId", pipeline).statusCode(200)
                .body("stages.count", contains(4, 0))
                .body("stages[0].amounts.amount", contains("1500.00"));
    }

    @Test
    void theTeamFilterCountsTheTeamsManagerAndMembers() {
        // mallory (manager) 400.00 + bob 100.00 + erin 200.00; alice's 800.00 is left out
        Reports.get(user("alice"), "pipeline-by-stage", "pipelineId", pipeline, "teamId", mallorysTeam)
                .statusCode(200)
                .body("stages.count", contains(3, 0))
                .body("stages[0].amounts.amount", contains("700.00"));
    }

    @Test
    void theTeamFilterReachesTheTeamsItsMembersManage() {
        // region's member mallory 400.00, and the members of the team mallory manages: bob 100.00, erin 200.00
        Reports.get(user("alice"), "pipeline-by-stage", "pipelineId", pipeline, "teamId", region).statusCode(200)
                .body("stages.count", contains(3, 0))
                .body("stages[0].amounts.amount", contains("700.00"));
    }

    @Test
    void theOwnerFilterNarrowsToOnePerson() {
        Reports.get(user("alice"), "pipeline-by-stage", "pipelineId", pipeline, "ownerId", userId("erin"))
                .statusCode(200)
                .body("stages.count", contains(1, 0))
                .body("stages[0].amounts.amount", contains("200.00"));
    }

    @Test
    void anotherTenantsTeamIsA404() {
        Reports.get(Api.asAdmin(), "pipeline-by-stage", "teamId", mallorysTeam).spec(Problems.notFound());
    }

    private static void deal(String account, String owner, String amount) {
        adminClient().body(Json.object("name", Unique.name("Visibility deal"), "accountId", account,
                "pipelineId", pipeline, "ownerId", userId(owner), "amount", Map.of("amount", amount, "currency", "EUR")))
                .when().post("/api/v1/opportunities").then().log().ifValidationFails().statusCode(201);
    }

    private static String team(String managerId, List<String> memberIds) {
        Map<String, Object> body = Json.object("name", Unique.name("Report team"), "memberIds", memberIds);
        if (managerId != null) {
            body.put("managerId", managerId);
        }
        return user("alice").body(body).when().post("/api/v1/teams").then().log().ifValidationFails()
                .statusCode(201).extract().path("id");
    }

    private static void opportunitiesAre(String access) {
        adminClient().body(Map.of("opportunity", access)).put("/api/v1/sharing").then().statusCode(200)
                .body("opportunity", equalTo(access));
    }
}
