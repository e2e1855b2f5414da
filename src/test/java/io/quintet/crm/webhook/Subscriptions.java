package io.quintet.crm.webhook;

import java.util.List;
import java.util.Map;

import io.quintet.crm.testsupport.Json;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Webhook fixtures through the public API. */
final class Subscriptions {

    static final String PATH = "/api/v1/webhooks";

    private Subscriptions() {
    }

    /** A subscription; its JSON (with the secret). */
    static JsonPath create(RequestSpecification as, String url, List<String> eventTypes, List<String> fields) {
        Map<String, Object> body = Json.object("url", url, "description", "test receiver", "eventTypes", eventTypes,
                "fields", fields);
        return as.body(body).when().post(PATH)
                .then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath();
    }

    static JsonPath create(RequestSpecification as, String url, String... eventTypes) {
        return create(as, url, List.of(eventTypes), List.of());
    }

    static JsonPath get(RequestSpecification as, String id) {
        return as.when().get(PATH + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The subscription's newest deliveries (up to 200). */
    static JsonPath deliveries(RequestSpecification as, String id) {
        return as.queryParam("limit", 200).when().get(PATH + "/" + id + "/deliveries")
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    /** Creates a contact with this last name; its id. */
    static String createContact(RequestSpecification as, String lastName) {
        return as.body(Json.object("lastName", lastName)).when().post("/api/v1/contacts")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }
}
