package io.quintet.crm.opportunity;

import static io.quintet.crm.testsupport.keycloak.SsoTenant.adminClient;
import static io.quintet.crm.testsupport.keycloak.SsoTenant.user;
import static io.quintet.crm.testsupport.keycloak.SsoTenant.userId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.keycloak.SsoTenant;

/**
 * Opportunities follow their org-wide default like every owned record: under {@code private} a peer
 * rep gets 404 for another rep's opportunity, its stage history and its line items, in both APIs,
 * while the rep's manager sees it. Each test restores the default, which other SSO tests rely on.
 */
@QuarkusTest
class OpportunityVisibilityTest {

    private static String team;

    @BeforeEach
    void mallorysTeamHasBobAndErin() {
        SsoTenant.get();
        if (team != null) {
            return;
        }
        team = user("alice").body(Map.of("name", "Mallory's deal makers " + UUID.randomUUID(),
                "managerId", userId("mallory"), "memberIds", List.of(userId("bob"), userId("erin"))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    @Test
    void aRepOwnsTheOpportunitiesTheyCreate() {
        user("bob").get("/api/v1/opportunities/" + bobsOpportunity()).then().statusCode(200)
                .body("ownerId", equalTo(userId("bob")));
    }

    @Test
    void privateOpportunitiesAreInvisibleToPeersButNotToTheirManager() {
        opportunitiesAre("private");
        try {
            String deal = bobsOpportunity();

            user("erin").get("/api/v1/opportunities/" + deal).then().statusCode(404);
            user("erin").get("/api/v1/opportunities/" + deal + "/stage-history").then().statusCode(404);
            user("erin").get("/api/v1/opportunities/" + deal + "/line-items").then().statusCode(404);
            user("erin").body(Map.of("productId", UUID.randomUUID().toString(), "quantity", "1"))
                    .post("/api/v1/opportunities/" + deal + "/line-items").then().statusCode(404);
            user("erin").get("/api/v1/opportunities?limit=200").then().statusCode(200)
                    .body("data.id", not(hasItem(deal)));
            user("mallory").get("/api/v1/opportunities/" + deal).then().statusCode(200);
        } finally {
            opportunitiesAre("read_write");
        }
    }

    @Test
    void privateOpportunitiesStayHiddenInGraphQL() {
        opportunitiesAre("private");
        try {
            String deal = bobsOpportunity();
            String account = user("bob").get("/api/v1/opportunities/" + deal).then().extract().path("accountId");

            user("erin").body(Map.of("query", "query($id: ID!) { opportunity(id: $id) { id } }", "variables",
                    Map.of("id", deal))).post("/graphql").then().statusCode(200)
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
            user("erin").body(Map.of("query", "query($id: ID!) { account(id: $id) { opportunities { id } } }",
                    "variables", Map.of("id", account))).post("/graphql").then().statusCode(200)
                    .body("data.account.opportunities.id", not(hasItem(deal)));
        } finally {
            opportunitiesAre("read_write");
        }
    }

    private static void opportunitiesAre(String access) {
        adminClient().body(Map.of("opportunity", access)).put("/api/v1/sharing").then().statusCode(200)
                .body("opportunity", equalTo(access));
    }

    private static String bobsOpportunity() {
        String account = user("bob").body(Map.of("name", "Bob's buyer " + UUID.randomUUID()))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        return user("bob").body(Map.of("name", "Bob's deal " + UUID.randomUUID(), "accountId", account))
                .post("/api/v1/opportunities").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }
}
