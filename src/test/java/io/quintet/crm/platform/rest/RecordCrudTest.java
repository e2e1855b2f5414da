package io.quintet.crm.platform.rest;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Create, read, replace, merge-patch and delete, the same for every record type. */
@QuarkusTest
class RecordCrudTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void createsWith201LocationEtagAndTheStoredRecord(RecordType type) {
        Map<String, Object> body = type.full(Unique.name("Create"));

        ValidatableResponse created = asAdmin().body(body)
                .when().post(type.path())
                .then().log().ifValidationFails()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", matchesPattern(UUID_PATTERN))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
        String id = created.extract().path("id");
        created.header("Location", endsWith(type.path(id)));
        body.forEach((field, value) -> created.body(field, equalTo(value)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void readsTheRecordAtItsLocationAsCreated(RecordType type) {
        Response created = asAdmin().body(type.full(Unique.name("Read"))).when().post(type.path());
        created.then().statusCode(201);

        asAdmin().when().get(created.header("Location"))
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body(equalTo(created.asString()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void replaceSetsEveryAbsentFieldToNull(RecordType type) {
        String id = Records.create(type, type.full(Unique.name("Replace")));
        String newLabel = Unique.name("Replaced");

        asAdmin().body(type.minimal(newLabel))
                .when().put(type.path(id))
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body(type.labelField(), equalTo(newLabel))
                .body(type.optionalField(), nullValue())
                .body(type.addressField(), nullValue())
                .body("tags", empty())
                .body("version", equalTo(1));
        Records.get(type, id).then()
                .body(type.labelField(), equalTo(newLabel))
                .body(type.optionalField(), nullValue())
                .body(type.addressField(), nullValue());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void mergePatchClearsAFieldSetToNull(RecordType type) {
        String label = Unique.name("Clear");
        String id = Records.create(type, type.full(label));

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object(type.optionalField(), null)))
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body(type.optionalField(), nullValue())
                .body(type.labelField(), equalTo(label));
        Records.get(type, id).then().body(type.optionalField(), nullValue());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void mergePatchKeepsAbsentFields(RecordType type) {
        Map<String, Object> body = type.full(Unique.name("Keep"));
        String id = Records.create(type, body);
        String newLabel = Unique.name("Kept");

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object(type.labelField(), newLabel)))
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body(type.labelField(), equalTo(newLabel))
                .body(type.optionalField(), equalTo(body.get(type.optionalField())))
                .body(type.addressField(), equalTo(body.get(type.addressField())))
                .body("tags", equalTo(body.get("tags")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void mergePatchMergesIntoTheNestedAddress(RecordType type) {
        String id = Records.create(type, type.full(Unique.name("Nested")));

        asAdmin().contentType(MERGE_PATCH)
                .body(Json.write(Json.object(type.addressField(), Json.object("city", "Berlin", "street", null))))
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body(type.addressField() + ".city", equalTo("Berlin"))
                .body(type.addressField() + ".street", nullValue())
                .body(type.addressField() + ".postalCode", equalTo("75001"))
                .body(type.addressField() + ".country", equalTo("FR"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void mergePatchIncrementsTheVersionAndEtag(RecordType type) {
        String id = Records.create(type, type.minimal(Unique.name("Version")));

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object(type.optionalField(), "Changed")))
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void patchAlsoAcceptsPlainJson(RecordType type) {
        String id = Records.create(type, type.minimal(Unique.name("PlainJson")));

        asAdmin().body(Json.object(type.optionalField(), "Plain"))
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body(type.optionalField(), equalTo("Plain"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void deleteAnswers204AndTheRecordIsGone(RecordType type) {
        String id = Records.create(type, type.minimal(Unique.name("Delete")));

        asAdmin().when().delete(type.path(id))
                .then().log().ifValidationFails()
                .statusCode(204);
        asAdmin().when().get(type.path(id)).then().spec(Problems.notFound());
        asAdmin().when().delete(type.path(id)).then().spec(Problems.notFound());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void answersNotFoundProblemForAnUnknownId(RecordType type) {
        String unknown = type.path(UUID.randomUUID());

        asAdmin().when().get(unknown).then().log().ifValidationFails().spec(Problems.notFound());
        asAdmin().body(type.minimal("x")).when().put(unknown).then().spec(Problems.notFound());
        asAdmin().contentType(MERGE_PATCH).body("{\"" + type.optionalField() + "\":\"x\"}")
                .when().patch(unknown).then().spec(Problems.notFound());
        asAdmin().when().delete(unknown).then().spec(Problems.notFound());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void answersNotFoundProblemForAnIdThatIsNotAUuid(RecordType type) {
        asAdmin().when().get(type.path("not-a-uuid"))
                .then().log().ifValidationFails()
                .spec(Problems.notFound());
    }
}
