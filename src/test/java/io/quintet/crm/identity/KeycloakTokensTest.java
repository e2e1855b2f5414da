package io.quintet.crm.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.keycloak.Keycloak;
import io.quintet.crm.testsupport.keycloak.KeycloakTestResource;

/**
 * The real Keycloak behind the single-sign-on tests is up and issues what those tests rely on:
 * tokens per tenant realm with issuer, audience, roles in {@code groups}, name and email, signed by
 * keys its JWKS endpoint publishes. Needs no CRM code.
 */
@QuarkusTest
class KeycloakTokensTest {

    @Test
    void issuesAliceATokenWithIssuerAudienceGroupsAndEmail() {
        Map<String, Object> claims = Keycloak.claims(Keycloak.token(Keycloak.TENANT_A, "alice"));

        assertThat(claims.get("iss"), equalTo(Keycloak.issuer(Keycloak.TENANT_A)));
        assertThat(values(claims.get("aud")), hasItem(Keycloak.AUDIENCE));
        assertThat(values(claims.get(Keycloak.GROUPS_CLAIM)), contains("crm-admin"));
        assertThat(claims.get("email"), equalTo("alice@acme.example"));
        assertThat(claims.get("email_verified"), equalTo(true));
        assertThat(claims.get("name"), equalTo("Alice Admin"));
        assertThat(claims.get("preferred_username"), equalTo("alice"));
        assertThat(claims.get("sub"), notNullValue());
        assertThat(claims.get("azp"), equalTo(Keycloak.CLIENT));
    }

    @ParameterizedTest
    @CsvSource({
            "tenant-a, alice,   crm-admin,         alice@acme.example",
            "tenant-a, mallory, crm-sales-manager, mallory@acme.example",
            "tenant-a, bob,     crm-sales-rep,     bob@acme.example",
            "tenant-a, erin,    crm-sales-rep,     erin@acme.example",
            "tenant-a, dave,    crm-support-agent, dave@acme.example",
            "tenant-a, mia,     crm-marketer,      mia@acme.example",
            "tenant-a, rita,    crm-read-only,     rita@acme.example",
            "tenant-a, ivan,    crm-sales-rep,     ivan@acme.example",
            "tenant-b, zoe,     crm-admin,         zoe@globex.example",
            "tenant-b, yuri,    crm-sales-rep,     yuri@globex.example" })
    void signsInEverySeededUserWithTheirRole(String realm, String user, String role, String email) {
        Map<String, Object> claims = Keycloak.claims(Keycloak.token(realm, user));

        assertThat(claims.get("iss"), equalTo(Keycloak.issuer(realm)));
        assertThat(values(claims.get(Keycloak.GROUPS_CLAIM)), contains(role));
        assertThat(claims.get("email"), equalTo(email));
        assertThat(values(claims.get("aud")), hasItem(Keycloak.AUDIENCE));
        long lifespan = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifespan, equalTo(300L));
    }

    @Test
    void givesEachTenantItsOwnIssuer() {
        Map<String, Object> zoe = Keycloak.claims(Keycloak.token(Keycloak.TENANT_B, "zoe"));

        assertThat(zoe.get("iss"), equalTo(Keycloak.issuer(Keycloak.TENANT_B)));
        assertNotEquals(Keycloak.issuer(Keycloak.TENANT_A), zoe.get("iss"));
    }

    @Test
    void leavesTheCrmAudienceOutOfTheOtherClientsTokens() {
        Map<String, Object> claims = Keycloak.claims(
                Keycloak.tokenForClient(Keycloak.TENANT_A, Keycloak.OTHER_CLIENT, "bob"));

        assertThat(values(claims.get("aud")), not(hasItem(Keycloak.AUDIENCE)));
        assertThat(claims.get("azp"), equalTo(Keycloak.OTHER_CLIENT));
        assertThat(values(claims.get(Keycloak.GROUPS_CLAIM)), contains("crm-sales-rep"));
    }

    @Test
    void reusesACachedTokenUntilNearExpiry() {
        assertThat(Keycloak.token(Keycloak.TENANT_A, "rita"),
                sameInstance(Keycloak.token(Keycloak.TENANT_A, "rita")));
    }

    @Test
    void publishesDiscoveryAndTheKeysThatSignItsTokens() {
        String kid = (String) Keycloak.header(Keycloak.token(Keycloak.TENANT_A, "alice")).get("kid");

        given().when().get(Keycloak.discoveryUrl(Keycloak.TENANT_A))
                .then().statusCode(200)
                .body("issuer", equalTo(Keycloak.issuer(Keycloak.TENANT_A)))
                .body("jwks_uri", equalTo(Keycloak.jwksUrl(Keycloak.TENANT_A)));
        given().when().get(Keycloak.jwksUrl(Keycloak.TENANT_A))
                .then().statusCode(200)
                .body("keys.kid", hasItem(kid));
    }

    @Test
    void refusesAWrongPassword() {
        given().formParam("grant_type", "password")
                .formParam("client_id", Keycloak.CLIENT)
                .formParam("username", "alice")
                .formParam("password", "not-alice-pw")
                .when().post(Keycloak.issuer(Keycloak.TENANT_A) + "/protocol/openid-connect/token")
                .then().log().ifValidationFails().statusCode(400)
                .body("error", equalTo("invalid_grant"));
    }

    @Test
    void letsTheMasterAdminUseTheAdminApi() {
        assumeTrue(System.getenv(KeycloakTestResource.URL_ENV) == null, "an outside Keycloak has its own admin");
        given().auth().oauth2(Keycloak.adminToken())
                .when().get(Keycloak.url() + "/admin/realms/" + Keycloak.TENANT_A + "/users?username=ivan&exact=true")
                .then().statusCode(200)
                .body("username", contains("ivan"))
                .body("enabled", contains(true));
    }

    /** A claim that may be one string or an array, as a collection. */
    private static List<String> values(Object claim) {
        if (claim == null) {
            return List.of();
        }
        Collection<?> many = claim instanceof Collection<?> c ? c : List.of(claim);
        return many.stream().map(String::valueOf).toList();
    }
}
