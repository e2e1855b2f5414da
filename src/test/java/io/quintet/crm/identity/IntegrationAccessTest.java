package io.quintet.crm.identity;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Integrations: their role and their token's scopes decide what they may do; revocation and rotation are immediate. */
@QuarkusTest
class IntegrationAccessTest {

    private static final List<String> ALL_RECORD_SCOPES = List.of("accounts:read", "accounts:write", "contacts:read",
            "contacts:write");

    @Test
    void aTokenNeedsTheScopeOfTheAction() {
        String reader = token(integration("sales_rep", List.of("contacts:read")));

        bearer(reader).get("/api/v1/contacts").then().statusCode(200);
        bearer(reader).body(Map.of("lastName", "Scoped")).post("/api/v1/contacts").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("contacts:write"));
        bearer(reader).get("/api/v1/accounts").then().statusCode(403).body("detail", containsString("accounts:read"));
    }

    @Test
    void theRoleLimitsWhatScopesAllow() {
        String readOnly = token(integration("read_only", ALL_RECORD_SCOPES));

        bearer(readOnly).get("/api/v1/accounts").then().statusCode(200);
        bearer(readOnly).body(Map.of("name", "Nope")).post("/api/v1/accounts").then().statusCode(403)
                .body("detail", containsString("read_only"));
    }

    @Test
    void graphQLAppliesTheSamePermissions() {
        String readOnly = token(integration("read_only", ALL_RECORD_SCOPES));

        bearer(readOnly).body(Map.of("query", "mutation { createAccount(input: {name: \"Nope\"}) { id } }"))
                .post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aRevokedIntegrationIsRefusedAtOnce() {
        JsonPath created = integration("sales_rep", ALL_RECORD_SCOPES);
        String integration = token(created);
        bearer(integration).get("/api/v1/accounts").then().statusCode(200);

        asAdmin().delete("/api/v1/integrations/" + created.getString("id")).then().statusCode(204);

        bearer(integration).get("/api/v1/accounts").then().statusCode(401).contentType("application/problem+json");
        tokenRequest(created.getString("clientId"), created.getString("clientSecret")).then().statusCode(401)
                .body("error", equalTo("invalid_client"));
    }

    @Test
    void rotatingTheSecretRetiresTheOldSecretAndItsTokens() {
        JsonPath created = integration("sales_rep", ALL_RECORD_SCOPES);
        String oldToken = token(created);

        String newSecret = asAdmin().post("/api/v1/integrations/" + created.getString("id") + "/rotate-secret")
                .then().statusCode(200).body("clientSecret", notNullValue()).extract().path("clientSecret");

        bearer(oldToken).get("/api/v1/accounts").then().statusCode(401);
        tokenRequest(created.getString("clientId"), created.getString("clientSecret")).then().statusCode(401);
        tokenRequest(created.getString("clientId"), newSecret).then().statusCode(200);
    }

    @Test
    void onlyAdministratorsManageIntegrations() {
        String manager = token(integration("sales_manager", ALL_RECORD_SCOPES));

        bearer(manager).get("/api/v1/integrations").then().statusCode(403);
        bearer(manager).body(Map.of("name", "Sneaky", "role", "admin", "scopes", ALL_RECORD_SCOPES))
                .post("/api/v1/integrations").then().statusCode(403);
    }

    @Test
    void anUnknownRoleOrScopeIsRefused() {
        asAdmin().body(Map.of("name", "Bad", "role", "overlord", "scopes", List.of("contacts:read")))
                .post("/api/v1/integrations").then().statusCode(400).body("errors[0].field", equalTo("role"));
        asAdmin().body(Map.of("name", "Bad", "role", "sales_rep", "scopes", List.of("everything")))
                .post("/api/v1/integrations").then().statusCode(400).body("errors[0].field", equalTo("scopes"));
    }

    @Test
    void theIntegrationListShowsNoSecrets() {
        JsonPath created = integration("marketer", List.of("contacts:read"));

        asAdmin().get("/api/v1/integrations").then().statusCode(200)
                .body("data.clientId", hasItem(created.getString("clientId")))
                .body("data.find { it.id == '" + created.getString("id") + "' }.clientSecret", equalTo(null));
    }

    static Stream<Arguments> roleMatrix() {
        return Stream.of(
                // role, object, may read, may create, may update, may delete
                Arguments.of("admin", "accounts", true, true, true, true),
                Arguments.of("admin", "contacts", true, true, true, true),
                Arguments.of("sales_manager", "accounts", true, true, true, true),
                Arguments.of("sales_manager", "contacts", true, true, true, true),
                Arguments.of("sales_rep", "accounts", true, true, true, false),
                Arguments.of("sales_rep", "contacts", true, true, true, false),
                Arguments.of("support_agent", "accounts", true, false, false, false),
                Arguments.of("support_agent", "contacts", true, false, true, false),
                Arguments.of("marketer", "accounts", true, false, false, false),
                Arguments.of("marketer", "contacts", true, true, true, false),
                Arguments.of("read_only", "accounts", true, false, false, false),
                Arguments.of("read_only", "contacts", true, false, false, false));
    }

    @ParameterizedTest(name = "{0} on {1}: read={2} create={3} update={4} delete={5}")
    @MethodSource("roleMatrix")
    void eachRoleMayDoExactlyItsActions(String role, String plural, boolean read, boolean create, boolean update,
            boolean delete) {
        String token = token(integration(role, ALL_RECORD_SCOPES));
        Map<String, Object> body = plural.equals("accounts") ? Map.of("name", "Matrix " + role)
                : Map.of("lastName", "Matrix " + role, "email", UUID.randomUUID() + "@example.com");
        String existing = asAdmin().body(body).post("/api/v1/" + plural).then().statusCode(201).extract().path("id");

        bearer(token).get("/api/v1/" + plural + "/" + existing).then().statusCode(read ? 200 : 403);
        Map<String, Object> another = plural.equals("accounts") ? Map.of("name", "Matrix new " + role)
                : Map.of("lastName", "Matrix new " + role, "email", UUID.randomUUID() + "@example.com");
        bearer(token).body(another).post("/api/v1/" + plural).then().statusCode(create ? 201 : 403);
        bearer(token).contentType("application/merge-patch+json").body(Map.of("phone", "+49 30 1234"))
                .patch("/api/v1/" + plural + "/" + existing).then().statusCode(update ? 200 : 403);
        bearer(token).delete("/api/v1/" + plural + "/" + existing).then().statusCode(delete ? 204 : 403);
    }

    private static JsonPath integration(String role, List<String> scopes) {
        return asAdmin().body(Map.of("name", "Integration " + role + " " + UUID.randomUUID(), "role", role,
                "scopes", scopes))
                .post("/api/v1/integrations").then().statusCode(201)
                .body("clientSecret", notNullValue())
                .extract().jsonPath();
    }

    private static String token(JsonPath integration) {
        return Api.token(integration.getString("clientId"), integration.getString("clientSecret"));
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static io.restassured.response.Response tokenRequest(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).when().post("/oauth/token");
    }
}
