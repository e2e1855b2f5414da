package io.quintet.crm.opportunity;

import static io.quintet.crm.testsupport.Api.asAdmin;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;

/** Fixtures of the sales tests, made through the API as the default tenant's administrator. */
final class Sales {

    static final String PIPELINES = "/api/v1/pipelines";
    static final String OPPORTUNITIES = "/api/v1/opportunities";

    private Sales() {
    }

    /** The default pipeline as the admin reads it. */
    static JsonPath defaultPipeline() {
        List<Map<String, Object>> found = asAdmin().queryParam("filter", "isDefault==true")
                .when().get(PIPELINES).then().statusCode(200).extract().jsonPath().getList("data");
        return new JsonPath(Json.write(found.get(0)));
    }

    /** The id of the default pipeline's stage with this name. */
    static String defaultStage(String name) {
        return defaultPipeline().getString("stages.find { it.name == '" + name + "' }.id");
    }

    /** A new pipeline with stages Lead (10, open), Demo (40, open), Won (100, won), Lost (0, lost). */
    static JsonPath pipeline() {
        return asAdmin().body(Json.object("name", Unique.name("Pipe"), "stages", List.of(
                stage("Lead", 10, "open"), stage("Demo", 40, "open"), stage("Won", 100, "won"),
                stage("Lost", 0, "lost"))))
                .when().post(PIPELINES).then().statusCode(201).extract().jsonPath();
    }

    static Map<String, Object> stage(String name, int probability, String kind) {
        return Json.object("name", name, "probability", probability, "kind", kind);
    }

    /** A new opportunity of a new account, with these extra fields. */
    static JsonPath opportunity(Object... fields) {
        Map<String, Object> body = Json.object("name", Unique.name("Deal"), "accountId",
                Records.createAccount(Unique.name("Buyer")));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return asAdmin().body(body).when().post(OPPORTUNITIES).then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath();
    }
}
