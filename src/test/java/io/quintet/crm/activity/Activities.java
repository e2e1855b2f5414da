package io.quintet.crm.activity;

import static io.quintet.crm.testsupport.Api.asAdmin;

import java.util.List;
import java.util.Map;

import io.quintet.crm.testsupport.Json;
import io.restassured.specification.RequestSpecification;

/** Activities made through the REST API for the tests, and the links they carry. */
final class Activities {

    static final String PATH = "/api/v1/activities";

    private Activities() {
    }

    static Map<String, Object> link(String object, String id) {
        return Json.object("object", object, "id", id);
    }

    static List<Map<String, Object>> onAccount(String accountId) {
        return List.of(link("account", accountId));
    }

    static Map<String, Object> note(String body, List<Map<String, Object>> links) {
        return Json.object("kind", "note", "body", body, "links", links);
    }

    static Map<String, Object> task(String subject, String dueDate, List<Map<String, Object>> links) {
        return Json.object("kind", "task", "subject", subject, "dueDate", dueDate, "links", links);
    }

    /** Creates the activity as the default tenant's administrator and answers its id. */
    static String create(Map<String, Object> body) {
        return create(asAdmin(), body);
    }

    static String create(RequestSpecification as, Map<String, Object> body) {
        return as.body(body).when().post(PATH).then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    static String path(String id) {
        return PATH + "/" + id;
    }
}
