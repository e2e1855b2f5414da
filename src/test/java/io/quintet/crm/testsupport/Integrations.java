package io.quintet.crm.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Integrations made by a tenant's administrator, and requests carrying their tokens. */
public final class Integrations {

    private Integrations() {
    }

    /** A token of a new integration of the administrator's tenant with this role and these scopes. */
    public static String token(RequestSpecification admin, String role, List<String> scopes) {
        Map<String, Object> created = admin.body(Map.of("name", "Integration " + role + " " + UUID.randomUUID(),
                "role", role, "scopes", scopes))
                .post("/api/v1/integrations").then().statusCode(201).body("clientSecret", notNullValue())
                .extract().jsonPath().getMap("$");
        return Api.token((String) created.get("clientId"), (String) created.get("clientSecret"));
    }

    /** A JSON request with this bearer token. */
    public static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
