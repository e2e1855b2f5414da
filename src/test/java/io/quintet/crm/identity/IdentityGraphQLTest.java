package io.quintet.crm.identity;

import static io.quintet.crm.testsupport.keycloak.SsoTenant.user;
import static io.quintet.crm.testsupport.keycloak.SsoTenant.userId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Users and teams through GraphQL, as Keycloak users of realm tenant-a. */
@QuarkusTest
class IdentityGraphQLTest {

    @Test
    void administratorsFindUsersWithATypedFilter() {
        String bob = userId("bob");

        graphQL("alice", "{ users(filter: {email: {eq: \"bob@*\"}}) { edges { node { id email active } } } }")
                .body("errors", nullValue())
                .body("data.users.edges.node.id", contains(bob));
    }

    @Test
    void othersMayNotListUsers() {
        graphQL("mallory", "{ users { edges { node { id } } } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void setUserActiveAnswersTheUser() {
        String erin = userId("erin");

        graphQL("alice", "mutation { setUserActive(id: \"" + erin + "\", active: true) { id active } }")
                .body("errors", nullValue())
                .body("data.setUserActive.active", equalTo(true));
    }

    @Test
    void administratorsCreateAndRenameTeams() {
        String name = "GraphQL team " + UUID.randomUUID();
        String id = graphQL("alice", "mutation($input: TeamInput!) { createTeam(input: $input) { id name managerId } }",
                Map.of("input", Map.of("name", name, "managerId", userId("mallory"), "memberIds", List.of(userId("bob")))))
                .body("errors", nullValue())
                .body("data.createTeam.managerId", equalTo(userId("mallory")))
                .extract().path("data.createTeam.id");

        graphQL("alice", "mutation($id: ID!) { updateTeam(id: $id, input: {name: \"Renamed\"}) { name version } }",
                Map.of("id", id))
                .body("errors", nullValue())
                .body("data.updateTeam.name", equalTo("Renamed"))
                .body("data.updateTeam.version", equalTo(1));
    }

    private static ValidatableResponse graphQL(String userName, String query) {
        return graphQL(userName, query, Map.of());
    }

    private static ValidatableResponse graphQL(String userName, String query, Map<String, Object> variables) {
        return user(userName).body(Map.of("query", query, "variables", variables)).post("/graphql")
                .then().statusCode(200);
    }
}
