package io.quintet.crm.testsupport;

import java.util.Map;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Sends GraphQL operations to the running service over HTTP, as a client would. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse asAdmin(String query) {
        return post(Api.asAdmin(), query, Map.of());
    }

    public static ValidatableResponse asAdmin(String query, Map<String, Object> variables) {
        return post(Api.asAdmin(), query, variables);
    }

    public static ValidatableResponse post(RequestSpecification request, String query, Map<String, Object> variables) {
        return request.body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then();
    }
}
