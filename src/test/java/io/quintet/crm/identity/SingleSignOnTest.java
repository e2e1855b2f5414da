package io.quintet.crm.identity;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.keycloak.Keycloak;
import io.quintet.crm.testsupport.keycloak.SsoTenant;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * People sign in with tokens from their tenant's own OIDC provider: a real Keycloak whose realm
 * {@code tenant-a} is connected to one CRM tenant, while realm {@code tenant-b} is connected to none.
 */
@QuarkusTest
class SingleSignOnTest {

    /** The CRM tenant connected to realm tenant-a. */
    private static JsonPath connectedTenant;

    @Test
    void aProviderTokenSignsTheUserInAndProvisionsThem() {
        tenantA();

        user("alice").get("/api/v1/me").then().statusCode(200)
                .body("actorType", equalTo("user"))
                .body("tenantId", equalTo(connectedTenant.getString("id")))
                .body("roles", contains("admin"));
        adminClient().get("/api/v1/users?filter=email==alice*").then().statusCode(200)
                .body("data[0].displayName", equalTo("Alice Admin"))
                .body("data[0].issuer", equalTo(Keycloak.issuer(Keycloak.TENANT_A)))
                .body("data[0].active", equalTo(true));
    }

    @Test
    void mappedRolesDecideWhatAUserMayDo() {
        tenantA();
        String account = user("alice").body(Map.of("name", "SSO " + UUID.randomUUID())).post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");

        user("bob").get("/api/v1/accounts/" + account).then().statusCode(200);
        user("bob").delete("/api/v1/accounts/" + account).then().statusCode(403);
        user("rita").body(Map.of("name", "Read only")).post("/api/v1/accounts").then().statusCode(403);
        user("mallory").delete("/api/v1/accounts/" + account).then().statusCode(204);
    }

    @Test
    void aUserOwnsWhatTheyCreateAndMayHandItOver() {
        tenantA();
        String alice = user("alice").get("/api/v1/me").then().statusCode(200).extract().path("principal");
        String bob = user("bob").get("/api/v1/me").then().statusCode(200).extract().path("principal");
        String account = user("alice").body(Map.of("name", "Owned " + UUID.randomUUID())).post("/api/v1/accounts")
                .then().statusCode(201).body("ownerId", equalTo(alice)).extract().path("id");

        user("alice").body(Map.of("ownerId", bob)).post("/api/v1/accounts/" + account + "/transfer")
                .then().statusCode(200).body("ownerId", equalTo(bob)).body("version", equalTo(1));
        user("alice").body(Map.of("ownerId", UUID.randomUUID().toString()))
                .post("/api/v1/accounts/" + account + "/transfer")
                .then().statusCode(400).body("errors[0].field", equalTo("ownerId"));
    }

    @Test
    void graphQLAcceptsProviderTokensToo() {
        tenantA();

        String query = "{ me { actorType roles } accounts(first: 1) { pageInfo { hasNextPage } } }";
        user("alice").body(Map.of("query", query))
                .post("/graphql").then().statusCode(200).body("errors", equalTo(null))
                .body("data.me.actorType", equalTo("user"))
                .body("data.me.roles", contains("admin"));
    }

    @Test
    void anotherTenantsRecordsStayInvisibleToSsoUsers() {
        tenantA();
        String elsewhere = asAdmin().body(Map.of("name", "Default tenant " + UUID.randomUUID()))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");

        user("alice").get("/api/v1/accounts/" + elsewhere).then().statusCode(404);
    }

    @Test
    void aDeactivatedUserIsRefusedDespiteAValidToken() {
        tenantA();
        user("ivan").get("/api/v1/me").then().statusCode(200);
        String ivan = adminClient().get("/api/v1/users?filter=email==ivan*").then().statusCode(200)
                .extract().path("data[0].id");

        adminClient().contentType("application/merge-patch+json").body(Map.of("active", false))
                .patch("/api/v1/users/" + ivan).then().statusCode(200).body("active", equalTo(false));

        user("ivan").get("/api/v1/me").then().statusCode(403).contentType("application/problem+json");
        adminClient().contentType("application/merge-patch+json").body(Map.of("active", true))
                .patch("/api/v1/users/" + ivan).then().statusCode(200);
        user("ivan").get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        tenantA();
        String token = Keycloak.tokenForClient(Keycloak.TENANT_A, Keycloak.OTHER_CLIENT, "alice");

        bearer(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aTokenFromAnUnconnectedProviderIsRefused() {
        tenantA();

        bearer(Keycloak.token(Keycloak.TENANT_B, "zoe")).get("/api/v1/me").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void anUnsignedTokenClaimingTheIssuerIsRefused() {
        tenantA();
        String[] parts = Keycloak.token(Keycloak.TENANT_A, "alice").split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        bearer(header + "." + parts[1] + ".").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aTamperedTokenIsRefused() {
        tenantA();
        String[] parts = Keycloak.token(Keycloak.TENANT_A, "bob").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("crm-sales-rep", "crm-admin");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        bearer(forged).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void onlyAdministratorsConfigureTheProvider() {
        tenantA();

        user("mallory").get("/api/v1/identity-provider").then().statusCode(403);
        adminClient().get("/api/v1/identity-provider").then().statusCode(200)
                .body("issuer", equalTo(Keycloak.issuer(Keycloak.TENANT_A)))
                .body("roleMapping.crm-admin", equalTo("admin"));
    }

    @Test
    void anIssuerServesOneTenantOnly() {
        tenantA();
        String slug = "sso-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath other = asAdmin().body(Map.of("name", "Second " + slug, "slug", slug)).post("/api/v1/tenants")
                .then().statusCode(201).extract().jsonPath();

        Api.as(other.getString("adminClient.clientId"), other.getString("adminClient.clientSecret"))
                .body(provider()).put("/api/v1/identity-provider").then().statusCode(409);
    }

    @Test
    void providerSettingsAreValidated() {
        tenantA();

        adminClient().body(Map.of("issuer", "not a url", "clientId", "")).put("/api/v1/identity-provider")
                .then().statusCode(400).body("errors.field", hasItem("issuer")).body("errors.field", hasItem("clientId"));
    }

    private static void tenantA() {
        connectedTenant = SsoTenant.get();
    }

    private static Map<String, Object> provider() {
        return SsoTenant.provider();
    }

    private static RequestSpecification adminClient() {
        return SsoTenant.adminClient();
    }

    private static RequestSpecification user(String name) {
        return SsoTenant.user(name);
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
