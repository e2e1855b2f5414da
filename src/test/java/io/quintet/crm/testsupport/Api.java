package io.quintet.crm.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The test client's view of the running service: tokens from the real token endpoint, cached per
 * client, and request specifications that carry them.
 */
public final class Api {

    /** The default tenant's bootstrap client (see the %test profile). */
    public static final String ADMIN_CLIENT_ID = "crm-admin";
    public static final String ADMIN_CLIENT_SECRET = "crm-admin-secret";

    /** JSON Merge Patch (RFC 7386), with the charset spelled out so REST Assured sends UTF-8. */
    public static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    /** The media type of every error body (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    /** A request as the default tenant's administrator. */
    public static RequestSpecification asAdmin() {
        return as(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET);
    }

    /** A request with a token of the given client. */
    public static RequestSpecification as(String clientId, String clientSecret) {
        String token = TOKENS.computeIfAbsent(clientId, id -> token(id, clientSecret));
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A JSON request without credentials. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static String token(String clientId, String clientSecret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientSecret)
                .when().post("/oauth/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
