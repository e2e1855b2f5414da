package io.quintet.crm.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Tenants;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Integrations through GraphQL: the same service, rules and errors as {@code /api/v1/integrations}. */
@QuarkusTest
class IntegrationGraphQLTest {

    private static final String CREATE = "mutation($input: IntegrationInput!) { createIntegration(input: $input) "
            + "{ id name clientId clientSecret role scopes active createdAt } }";

    private Tenants.TenantClient tenant;

    @BeforeEach
    void newTenant() {
        tenant = Tenants.create();
    }

    @Test
    void createIntegrationAnswersTheSecretOnceAndItsCredentialsWork() {
        JsonPath created = create("Sync " + UUID.randomUUID(), "sales_rep", List.of("contacts:read"))
                .body("errors", nullValue())
                .body("data.createIntegration.role", equalTo("sales_rep"))
                .body("data.createIntegration.scopes", containsInAnyOrder("contacts:read"))
                .body("data.createIntegration.active", equalTo(true))
                .extract().jsonPath();
        String clientId = created.getString("data.createIntegration.clientId");

        given().auth().oauth2(Api.token(clientId, created.getString("data.createIntegration.clientSecret")))
                .when().get("/api/v1/contacts").then().statusCode(200);
        asTenantAdmin("{ integrations { clientId clientSecret active } }")
                .body("errors", nullValue())
                .body("data.integrations.clientId", hasItem(clientId))
                .body("data.integrations.find { it.clientId == '" + clientId + "' }.clientSecret", nullValue());
    }

    @Test
    void revokeIntegrationRefusesItsTokensAtOnce() {
        JsonPath created = create("Revoked " + UUID.randomUUID(), "read_only", List.of("accounts:read"))
                .extract().jsonPath();
        String token = Api.token(created.getString("data.createIntegration.clientId"),
                created.getString("data.createIntegration.clientSecret"));

        asTenantAdmin("mutation($id: ID!) { revokeIntegration(id: $id) }",
                Map.of("id", created.getString("data.createIntegration.id")))
                .body("errors", nullValue())
                .body("data.revokeIntegration", equalTo(true));

        given().auth().oauth2(token).when().get("/api/v1/accounts").then().statusCode(401);
        asTenantAdmin("{ integrations { clientId active } }")
                .body("data.integrations.find { it.clientId == '" + created.getString("data.createIntegration.clientId")
                        + "' }.active", equalTo(false));
    }

    @Test
    void rotateIntegrationSecretAnswersANewSecretAndRetiresTheOldOne() {
        JsonPath created = create("Rotated " + UUID.randomUUID(), "read_only", List.of("accounts:read"))
                .extract().jsonPath();
        String clientId = created.getString("data.createIntegration.clientId");
        String oldSecret = created.getString("data.createIntegration.clientSecret");
        String oldToken = Api.token(clientId, oldSecret);

        String newSecret = asTenantAdmin("mutation($id: ID!) { rotateIntegrationSecret(id: $id) { clientSecret } }",
                Map.of("id", created.getString("data.createIntegration.id")))
                .body("errors", nullValue())
                .body("data.rotateIntegrationSecret.clientSecret", not(equalTo(oldSecret)))
                .extract().path("data.rotateIntegrationSecret.clientSecret");

        given().auth().oauth2(oldToken).when().get("/api/v1/accounts").then().statusCode(401);
        given().auth().oauth2(Api.token(clientId, newSecret)).when().get("/api/v1/accounts").then().statusCode(200);
    }

    @Test
    void anInvalidIntegrationIsAValidationErrorAndCreatesNothing() {
        String name = "Invalid " + UUID.randomUUID();

        create(name, "sales_rep", List.of("contacts:everything"))
                .body("data.createIntegration", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", notNullValue());
        asTenantAdmin("{ integrations { name } }").body("data.integrations.name", not(hasItem(name)));
    }

    @Test
    void anUnknownIntegrationIsNotFound() {
        asTenantAdmin("mutation($id: ID!) { rotateIntegrationSecret(id: $id) { id } }",
                Map.of("id", UUID.randomUUID().toString()))
                .body("data.rotateIntegrationSecret", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void onlyAdministratorsManageIntegrations() {
        JsonPath rep = create("Rep " + UUID.randomUUID(), "sales_rep", List.of("contacts:read", "contacts:write"))
                .extract().jsonPath();
        var asRep = Api.as(rep.getString("data.createIntegration.clientId"),
                rep.getString("data.createIntegration.clientSecret"));

        GraphQL.post(asRep, "{ integrations { id } }", Map.of()).statusCode(200)
                .body("data.integrations", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private ValidatableResponse create(String name, String role, List<String> scopes) {
        return asTenantAdmin(CREATE, Map.of("input", Map.of("name", name, "role", role, "scopes", scopes)));
    }

    private ValidatableResponse asTenantAdmin(String query) {
        return asTenantAdmin(query, Map.of());
    }

    private ValidatableResponse asTenantAdmin(String query, Map<String, Object> variables) {
        return GraphQL.post(tenant.spec(), query, variables).statusCode(200);
    }
}
