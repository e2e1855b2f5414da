package io.quintet.crm.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Database;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.keycloak.Keycloak;
import io.quintet.crm.testsupport.keycloak.SsoTenant;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every REST operation and GraphQL root field the service serves (read from its OpenAPI document
 * and schema) refuses each kind of bad credential with a 401 at the gate: REST as problem+json,
 * GraphQL as an {@code UNAUTHENTICATED} error, both with a Bearer challenge. One test per failure
 * mode; each names every operation that answered otherwise.
 */
@QuarkusTest
class AuthenticationMatrixTest {

    /** A client of realm tenant-a whose access tokens live 2 s (the realm file), to obtain really expired ones. */
    private static final String SHORT_LIVED_CLIENT = "quintet-crm-short-lived";

    @Test
    void everyOperationGetsPastTheGateWithAValidToken() {
        Tenants.TenantClient tenant = Tenants.create();
        List<String> offenders = new ArrayList<>();
        for (ApiSurface.RestOperation operation : ApiSurface.rest()) {
            Response response = operation.send(tenant.spec(), UUID.randomUUID().toString());
            if (response.statusCode() == 401 || response.statusCode() >= 500) {
                offenders.add(operation + " -> " + response.statusCode() + " " + response.asString());
            }
        }
        for (ApiSurface.GraphQLOperation operation : ApiSurface.graphQL(Api.asAdmin())) {
            Response response = operation.send(tenant.spec(), operation.document());
            String body = response.asString();
            if (response.statusCode() != 200 || body.contains("ValidationError") || body.contains("UNAUTHENTICATED")
                    || body.contains("INTERNAL")) {
                offenders.add(operation + " -> " + response.statusCode() + " " + body);
            }
        }
        assertTrue(offenders.isEmpty(), ApiSurface.report(
                "Operations a valid token did not get through, or whose generated request is invalid", offenders));
    }

    @Test
    void refusesRequestsWithoutAToken() {
        assertEveryOperationRefuses(null);
    }

    @Test
    void refusesAnExpiredCrmToken() {
        assertEveryOperationRefuses(Forgeries.resign(crmToken(), crmSigningKey(), Forgeries.expired()));
    }

    @Test
    void refusesACrmTokenSignedWithAnotherKey() {
        assertEveryOperationRefuses(Forgeries.signedByAStranger(crmToken()));
    }

    @Test
    void refusesAnUnsignedCrmToken() {
        assertEveryOperationRefuses(Forgeries.unsigned(crmToken()));
    }

    @Test
    void refusesACrmSignedTokenOfAnotherIssuer() {
        assertEveryOperationRefuses(Forgeries.resign(crmToken(), crmSigningKey(),
                claims -> claims.put("iss", "urn:somewhere-else")));
    }

    @Test
    void refusesACrmSignedTokenForAnotherAudience() {
        assertEveryOperationRefuses(Forgeries.resign(crmToken(), crmSigningKey(),
                claims -> claims.put("aud", "another-api")));
    }

    @Test
    void acceptsATokenReSignedWithTheServicesKeyAndUnchangedClaims() {
        String control = Forgeries.resign(crmToken(), crmSigningKey(), claims -> {
        });

        given().auth().oauth2(control).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void refusesAnExpiredKeycloakToken() throws InterruptedException {
        SsoTenant.get();
        String token = Keycloak.tokenForClient(Keycloak.TENANT_A, SHORT_LIVED_CLIENT, "alice");
        long expiresAt = Json.read(Json.write(Keycloak.claims(token))).path("exp").asLong() * 1000;
        Thread.sleep(Math.max(0, expiresAt - System.currentTimeMillis()) + 1500);

        assertEveryOperationRefuses(token);
    }

    @Test
    void refusesAKeycloakTokenOnceItExpiresAlthoughItWasAcceptedBefore() throws InterruptedException {
        SsoTenant.get();
        String token = Keycloak.tokenForClient(Keycloak.TENANT_A, SHORT_LIVED_CLIENT, "alice");
        SsoTenant.bearer(token).when().get("/api/v1/me").then().statusCode(200);
        long expiresAt = Json.read(Json.write(Keycloak.claims(token))).path("exp").asLong() * 1000;
        Thread.sleep(Math.max(0, expiresAt - System.currentTimeMillis()) + 1500);

        assertEveryOperationRefuses(token);
    }

    @Test
    void refusesACrmTokenOnceItExpiresAlthoughItWasAcceptedBefore() throws InterruptedException {
        long expiresAt = System.currentTimeMillis() / 1000 + 3;
        String token = Forgeries.resign(crmToken(), crmSigningKey(), claims -> claims.put("exp", expiresAt));
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);
        Thread.sleep(Math.max(0, expiresAt * 1000 - System.currentTimeMillis()) + 1500);

        assertEveryOperationRefuses(token);
    }

    @Test
    void refusesAnAcceptedTokenWhoseSignatureWasReplaced() {
        String token = crmToken();
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);

        assertEveryOperationRefuses(Forgeries.signedByAStranger(token));
    }

    @Test
    void refusesAKeycloakTokenSignedWithAnotherKey() {
        SsoTenant.get();
        assertEveryOperationRefuses(Forgeries.signedByAStranger(Keycloak.token(Keycloak.TENANT_A, "alice")));
    }

    @Test
    void refusesAnUnsignedKeycloakToken() {
        SsoTenant.get();
        assertEveryOperationRefuses(Forgeries.unsigned(Keycloak.token(Keycloak.TENANT_A, "alice")));
    }

    @Test
    void refusesAKeycloakTokenForAnotherAudience() {
        SsoTenant.get();
        assertEveryOperationRefuses(Keycloak.tokenForClient(Keycloak.TENANT_A, Keycloak.OTHER_CLIENT, "alice"));
    }

    @Test
    void refusesATokenOfARealmNoTenantIsConnectedTo() {
        SsoTenant.get();
        assertEveryOperationRefuses(Keycloak.token(Keycloak.TENANT_B, "zoe"));
    }

    @Test
    void acceptsTheKeycloakTokensTheForgeriesStartFrom() {
        SsoTenant.user("alice").when().get("/api/v1/me").then().statusCode(200);
        SsoTenant.bearer(Keycloak.tokenForClient(Keycloak.TENANT_A, SHORT_LIVED_CLIENT, "alice"))
                .when().get("/api/v1/me").then().statusCode(200);
    }

    /** Sends every operation with the token (none when null) and fails naming each that was not a 401. */
    private static void assertEveryOperationRefuses(String token) {
        List<String> offenders = new ArrayList<>();
        List<ApiSurface.RestOperation> rest = ApiSurface.rest();
        for (ApiSurface.RestOperation operation : rest) {
            Response response = operation.send(request(token), UUID.randomUUID().toString());
            boolean refused = response.statusCode() == 401
                    && response.contentType().startsWith(Api.PROBLEM_JSON)
                    && Integer.valueOf(401).equals(response.path("status"))
                    && bearerChallenge(response);
            if (!refused) {
                offenders.add(operation + " -> " + response.statusCode() + " " + response.asString());
            }
        }
        List<ApiSurface.GraphQLOperation> graphQL = ApiSurface.graphQL(Api.asAdmin());
        for (ApiSurface.GraphQLOperation operation : graphQL) {
            Response response = operation.send(request(token), operation.document());
            boolean refused = response.statusCode() == 401
                    && "UNAUTHENTICATED".equals(response.path("errors[0].extensions.code"))
                    && response.path("data") == null
                    && bearerChallenge(response);
            if (!refused) {
                offenders.add(operation + " -> " + response.statusCode() + " " + response.asString());
            }
        }
        assertTrue(rest.size() > 0 && graphQL.size() > 0, "the service served no operations to check");
        assertTrue(offenders.isEmpty(), ApiSurface.report("Operations that did not answer 401", offenders));
    }

    private static boolean bearerChallenge(Response response) {
        String challenge = response.header("WWW-Authenticate");
        return challenge != null && challenge.startsWith("Bearer");
    }

    private static RequestSpecification request(String token) {
        return token == null ? given() : given().header("Authorization", "Bearer " + token);
    }

    /** A real token of the default tenant's administrator, fresh from the token endpoint. */
    private static String crmToken() {
        return Api.token(Api.ADMIN_CLIENT_ID, Api.ADMIN_CLIENT_SECRET);
    }

    /** The key the service signs its own tokens with, generated on first start and kept in its database. */
    private PrivateKey crmSigningKey() {
        List<Map<String, Object>> rows = Database.ofService()
                .query("select private_key from signing_key");
        assertEquals(1, rows.size(), "the service keeps one generated signing key");
        return Forgeries.privateKey((String) rows.get(0).get("private_key"));
    }
}
