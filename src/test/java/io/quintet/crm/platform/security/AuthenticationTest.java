package io.quintet.crm.platform.security;

import static io.quintet.crm.testsupport.Api.anonymous;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Every /api call needs a valid bearer token; anything else is a 401 problem with a Bearer challenge. */
@QuarkusTest
class AuthenticationTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static String freshToken() {
        return Api.token(Api.ADMIN_CLIENT_ID, Api.ADMIN_CLIENT_SECRET);
    }

    @Test
    void rejectsARequestWithoutATokenWithABearerChallenge() {
        anonymous().when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(401, "unauthenticated"))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void rejectsAWriteWithoutATokenAndWritesNothing() {
        String name = Unique.name("Anonymous");

        anonymous().body(Json.object("name", name)).when().post(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(401, "unauthenticated"));
        assertThat(Records.idsWhere(RecordType.ACCOUNTS, RecordType.ACCOUNTS.labelFilter(name)), empty());
    }

    @Test
    void rejectsAGarbageToken() {
        withToken("garbage").when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(401, "unauthenticated"))
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void rejectsATokenWhoseSignatureWasAltered() {
        String token = freshToken();
        String[] parts = token.split("\\.");
        byte[] signature = B64D.decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;

        withToken(parts[0] + "." + parts[1] + "." + B64.encodeToString(signature))
                .when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(401, "unauthenticated"));
    }

    @Test
    void rejectsATokenWhoseTenantWasForged() {
        String[] parts = freshToken().split("\\.");
        String claims = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"tid\":\"[^\"]+\"", "\"tid\":\"00000000-0000-0000-0000-000000000000\"");

        withToken(parts[0] + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2])
                .when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(401, "unauthenticated"));
    }

    @Test
    void rejectsAnUnsignedToken() {
        String[] parts = freshToken().split("\\.");
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        withToken(header + "." + parts[1] + ".")
                .when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(401, "unauthenticated"));
    }

    @Test
    void rejectsClientCredentialsSentToTheApiInsteadOfAToken() {
        given().auth().preemptive().basic(Api.ADMIN_CLIENT_ID, Api.ADMIN_CLIENT_SECRET)
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(401, "unauthenticated"));
    }

    @Test
    void acceptsAFreshToken() {
        withToken(freshToken()).when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .statusCode(200);
    }
}
