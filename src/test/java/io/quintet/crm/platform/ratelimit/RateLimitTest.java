package io.quintet.crm.platform.ratelimit;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.Unique;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Rate limits per caller: the headers on every answer, the 429 past the limit, and limits that follow
 * {@code crm.rate-limits.*}. The suite shares one boot, whose %test limits are far above what any test
 * sends; to run out, a test shrinks the limit of its own fresh integrations only, for that test only.
 */
@QuarkusTest
class RateLimitTest {

    /** Small enough to run out of at once; its bucket refills one request every 20 s. */
    private static final int TINY = 3;

    @Inject
    CrmConfig config;

    @Test
    void aSuccessfulAnswerCarriesTheRateLimitHeaders() {
        String token = token(integration("sales_rep"));

        withHeaders(bearer(token).get("/api/v1/me").then().statusCode(200), config.rateLimits().perMinute());
    }

    @Test
    void anErrorAnswerCarriesTheRateLimitHeadersToo() {
        String token = token(integration("sales_rep"));

        withHeaders(bearer(token).get("/api/v1/contacts/" + UUID.randomUUID()).then()
                .spec(Problems.notFound()), config.rateLimits().perMinute());
        withHeaders(bearer(token).get("/api/v1/no-such-things").then().statusCode(404), config.rateLimits().perMinute());
    }

    @Test
    void aGraphQLAnswerCarriesTheRateLimitHeaders() {
        String token = token(integration("sales_rep"));

        withHeaders(bearer(token).body(Map.of("query", "{ __typename }")).post("/graphql").then().statusCode(200),
                config.rateLimits().perMinute());
    }

    @Test
    void eachRequestTakesOneFromTheCallersRemainingRequests() {
        JsonPath integration = integration("sales_rep");
        limitTo(TINY, integration);
        String token = token(integration);

        bearer(token).get("/api/v1/me").then().statusCode(200).header("RateLimit-Remaining", "2");
        bearer(token).get("/api/v1/me").then().statusCode(200).header("RateLimit-Remaining", "1");
        bearer(token).get("/api/v1/me").then().statusCode(200).header("RateLimit-Remaining", "0");
    }

    @Test
    void aCallerOverItsLimitGets429WithRetryAfterAndAProblem() {
        JsonPath integration = integration("sales_rep");
        limitTo(TINY, integration);
        String token = token(integration);
        spend(token, TINY);

        bearer(token).get("/api/v1/contacts").then()
                .spec(Problems.problem(429, "too-many-requests"))
                .header("Retry-After", Integer::parseInt, between(1, 60 / TINY))
                .header("RateLimit-Limit", String.valueOf(TINY))
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", Integer::parseInt, between(1, 60));
    }

    @Test
    void anotherCallerIsUnaffectedWhenOneRunsOut() {
        JsonPath exhausted = integration("sales_rep");
        JsonPath other = integration("sales_rep");
        limitTo(TINY, exhausted, other);
        String exhaustedToken = token(exhausted);
        spend(exhaustedToken, TINY);
        bearer(exhaustedToken).get("/api/v1/me").then().statusCode(429);

        bearer(token(other)).get("/api/v1/me").then().statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(TINY - 1));
        asAdmin().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aGraphQLCallerOverItsLimitGetsAGraphQLError() {
        JsonPath integration = integration("sales_rep");
        limitTo(TINY, integration);
        String token = token(integration);
        spend(token, TINY);

        bearer(token).body(Map.of("query", "{ __typename }")).post("/graphql").then()
                .statusCode(429)
                .contentType(ContentType.JSON)
                .header("Retry-After", notNullValue())
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"))
                .body("errors[0].message", notNullValue());
    }

    @Test
    void theLimitOfARoleFollowsConfiguration() {
        Integer supportAgents = config.rateLimits().perRole().get("support_agent");
        assertNotEquals(config.rateLimits().perMinute(), supportAgents, "the %test profile sets its own number");

        withHeaders(bearer(token(integration("support_agent"))).get("/api/v1/me").then().statusCode(200),
                supportAgents);
    }

    @Test
    void anIntegrationsOwnLimitWinsOverItsRole() {
        Integer own = config.rateLimits().perIntegration().get(Api.ADMIN_CLIENT_ID);
        assertNotEquals(config.rateLimits().perRole().get("admin"), own, "the %test profile sets its own number");

        withHeaders(asAdmin().get("/api/v1/me").then().statusCode(200), own);
    }

    /** Limits this test's own integrations to {@code perMinute}; every other caller keeps its configured limit. */
    private void limitTo(int perMinute, JsonPath... integrations) {
        Set<String> clientIds = Arrays.stream(integrations).map(i -> i.getString("clientId")).collect(Collectors.toSet());
        QuarkusMock.installMockForType(new RateLimitPolicy(config) {
            @Override
            public int perMinute(Caller caller) {
                return clientIds.contains(caller.principal()) ? perMinute : super.perMinute(caller);
            }
        }, RateLimitPolicy.class);
    }

    private static void spend(String token, int requests) {
        for (int i = 0; i < requests; i++) {
            bearer(token).get("/api/v1/me").then().statusCode(200);
        }
    }

    private static ValidatableResponse withHeaders(ValidatableResponse response, int limit) {
        return response.header("RateLimit-Limit", String.valueOf(limit))
                .header("RateLimit-Remaining", Integer::parseInt, between(0, limit))
                .header("RateLimit-Reset", Integer::parseInt, between(0, 60));
    }

    private static Matcher<Integer> between(int atLeast, int atMost) {
        return allOf(greaterThanOrEqualTo(atLeast), lessThanOrEqualTo(atMost));
    }

    private static JsonPath integration(String role) {
        return asAdmin().body(Map.of("name", Unique.name("Rate " + role), "role", role,
                "scopes", List.of("contacts:read")))
                .post("/api/v1/integrations").then().statusCode(201).extract().jsonPath();
    }

    private static String token(JsonPath integration) {
        return Api.token(integration.getString("clientId"), integration.getString("clientSecret"));
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
