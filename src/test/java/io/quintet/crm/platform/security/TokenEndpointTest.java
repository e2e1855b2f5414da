package io.quintet.crm.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.RecordType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** POST /oauth/token: the OAuth 2.0 client credentials grant (RFC 6749 §4.4) and its errors (§5.2). */
@QuarkusTest
class TokenEndpointTest {

    private static RequestSpecification grant(String grantType) {
        return given().formParam("grant_type", grantType);
    }

    private static ValidatableResponse oauthError(ValidatableResponse response, int status, String error) {
        return response.log().ifValidationFails()
                .statusCode(status)
                .contentType(startsWith(Api.PROBLEM_JSON))
                .header("Cache-Control", "no-store")
                .body("error", equalTo(error))
                .body("error_description", not(emptyOrNullString()))
                .body("status", equalTo(status));
    }

    @Test
    void issuesABearerTokenForCredentialsSentAsFormFields() {
        grant("client_credentials")
                .formParam("client_id", Api.ADMIN_CLIENT_ID).formParam("client_secret", Api.ADMIN_CLIENT_SECRET)
                .when().post("/oauth/token")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("access_token", not(emptyOrNullString()))
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", greaterThan(0))
                .body("scope", containsString("contacts:write"));
    }

    @Test
    void issuesATokenThatWorksForCredentialsSentAsHttpBasic() {
        String token = grant("client_credentials")
                .auth().preemptive().basic(Api.ADMIN_CLIENT_ID, Api.ADMIN_CLIENT_SECRET)
                .when().post("/oauth/token")
                .then().log().ifValidationFails()
                .statusCode(200)
                .extract().path("access_token");

        given().auth().oauth2(token).when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void grantsOnlyTheRequestedScopes() {
        grant("client_credentials").auth().preemptive().basic(Api.ADMIN_CLIENT_ID, Api.ADMIN_CLIENT_SECRET)
                .formParam("scope", "contacts:read")
                .when().post("/oauth/token")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("scope", equalTo("contacts:read"));
    }

    @Test
    void rejectsAWrongSecretAsAnInvalidClient() {
        oauthError(grant("client_credentials")
                .formParam("client_id", Api.ADMIN_CLIENT_ID).formParam("client_secret", "not-the-secret")
                .when().post("/oauth/token").then(), 401, "invalid_client")
                .header("WWW-Authenticate", not(emptyOrNullString()));
    }

    @Test
    void rejectsAWrongBasicSecretAsAnInvalidClient() {
        oauthError(grant("client_credentials").auth().preemptive().basic(Api.ADMIN_CLIENT_ID, "nope")
                .when().post("/oauth/token").then(), 401, "invalid_client");
    }

    @Test
    void rejectsAnUnknownClientAsAnInvalidClient() {
        oauthError(grant("client_credentials")
                .formParam("client_id", "cli_nobody").formParam("client_secret", "whatever")
                .when().post("/oauth/token").then(), 401, "invalid_client");
    }

    @Test
    void rejectsMissingCredentialsAsAnInvalidClient() {
        oauthError(grant("client_credentials").when().post("/oauth/token").then(), 401, "invalid_client");
    }

    @Test
    void rejectsAnUnsupportedGrantType() {
        oauthError(grant("password")
                .formParam("client_id", Api.ADMIN_CLIENT_ID).formParam("client_secret", Api.ADMIN_CLIENT_SECRET)
                .when().post("/oauth/token").then(), 400, "unsupported_grant_type");
    }

    @Test
    void rejectsAScopeTheClientDoesNotHave() {
        oauthError(grant("client_credentials").auth().preemptive().basic(Api.ADMIN_CLIENT_ID, Api.ADMIN_CLIENT_SECRET)
                .formParam("scope", "contacts:read root")
                .when().post("/oauth/token").then(), 400, "invalid_scope");
    }
}
