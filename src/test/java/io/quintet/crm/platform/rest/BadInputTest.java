package io.quintet.crm.platform.rest;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;

/** Input a client may get wrong is a 4xx problem that says what to fix, never a 5xx, and writes nothing. */
@QuarkusTest
class BadInputTest {

    private static final int MIB = 1024 * 1024;

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsMalformedJson(RecordType type) {
        asAdmin().body("{\"" + type.labelField() + "\": \"unterminated")
                .when().post(type.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(400, "validation"))
                .body("detail", containsString("JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsMalformedJsonInAMergePatch(RecordType type) {
        String id = Records.create(type, type.minimal(Unique.name("BadPatch")));

        asAdmin().contentType(MERGE_PATCH).body("{\"" + type.optionalField() + "\": ")
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.problem(400, "validation"))
                .body("detail", containsString("JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAnUnknownFieldNamingIt(RecordType type) {
        String label = Unique.name("Unknown");

        asAdmin().body(Json.with(type.minimal(label), "shoeSize", 42))
                .when().post(type.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("shoeSize"));
        assertThat(Records.idsWhere(type, type.labelFilter(label)), empty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAnUnknownNestedFieldNamingItsPath(RecordType type) {
        asAdmin().body(Json.with(type.minimal(Unique.name("Nested")), type.addressField(),
                Json.object("planet", "Mars")))
                .when().post(type.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid(type.addressField() + ".planet"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAValueOfTheWrongTypeNamingTheField(RecordType type) {
        asAdmin().body(Json.with(type.minimal(Unique.name("WrongType")), "tags", Json.object("a", 1)))
                .when().post(type.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("tags"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAWrongTypeInAMergePatchNamingTheField(RecordType type) {
        String id = Records.create(type, type.minimal(Unique.name("WrongPatch")));

        asAdmin().contentType(MERGE_PATCH).body("{\"tags\": true}")
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("tags"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAMalformedIdInsideTheBody(RecordType type) {
        asAdmin().body(Json.with(type.minimal(Unique.name("BadUuid")), "ownerId", "not-a-uuid"))
                .when().post(type.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("ownerId"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAJsonArrayWhereAnObjectBelongs(RecordType type) {
        asAdmin().body("[" + Json.write(type.minimal(Unique.name("Array"))) + "]")
                .when().post(type.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(400, "validation"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAnEmptyBody(RecordType type) {
        asAdmin().when().post(type.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(400, "validation"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsReadOnlyFieldsInAMergePatch(RecordType type) {
        String id = Records.create(type, type.minimal(Unique.name("ReadOnly")));

        for (String field : List.of("id", "version", "createdAt", "updatedAt")) {
            asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object(field, "2020-01-01T00:00:00Z")))
                    .when().patch(type.path(id))
                    .then().log().ifValidationFails()
                    .spec(Problems.invalid(field));
        }
        Records.get(type, id).then().body("version", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsReadOnlyFieldsInAReplace(RecordType type) {
        String id = Records.create(type, type.minimal(Unique.name("ReadOnlyPut")));

        asAdmin().body(Json.with(type.minimal(Unique.name("ReadOnlyPut")), "version", 5))
                .when().put(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("version"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsATenMegabyteBodyWith413(RecordType type) {
        String body = "{\"" + type.labelField() + "\":\"" + "x".repeat(10 * MIB) + "\"}";

        asAdmin().body(body)
                .when().post(type.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(413, "payload-too-large"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsABodyOverOneMebibyteOnASingleRecordEndpoint(RecordType type) {
        String padded = Json.write(type.minimal(Unique.name("Padded"))) + " ".repeat(MIB + 1);

        asAdmin().body(padded)
                .when().post(type.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(413, "payload-too-large"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void acceptsABatchBodyOfTwoMebibytes(RecordType type) {
        String label = Unique.name("BigBatch");
        String padded = Json.write(Json.object("items", List.of(type.minimal(label)))) + " ".repeat(2 * MIB);

        asAdmin().body(padded)
                .when().post(type.batchPath())
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("items", hasSize(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsABatchBodyOverFiveMebibytes(RecordType type) {
        String padded = Json.write(Json.object("items", List.of(type.minimal(Unique.name("HugeBatch")))))
                + " ".repeat(5 * MIB + 1);

        asAdmin().body(padded)
                .when().post(type.batchPath())
                .then().log().ifValidationFails()
                .spec(Problems.problem(413, "payload-too-large"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAContentTypeOtherThanJsonWith415(RecordType type) {
        asAdmin().contentType("text/plain").body(Json.write(type.minimal(Unique.name("Text"))))
                .when().post(type.path())
                .then().log().ifValidationFails()
                .spec(Problems.problem(415, "unsupported-media-type"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAPatchThatIsNotJsonWith415(RecordType type) {
        String id = Records.create(type, type.minimal(Unique.name("XmlPatch")));

        asAdmin().contentType("application/xml").body("<patch/>")
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.problem(415, "unsupported-media-type"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAMergePatchThatIsNotAnObject(RecordType type) {
        String id = Records.create(type, type.minimal(Unique.name("ArrayPatch")));

        asAdmin().contentType(MERGE_PATCH).body("[]")
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.problem(400, "validation"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void answersAMethodTheResourceDoesNotHaveWithAProblem(RecordType type) {
        String id = Records.create(type, type.minimal(Unique.name("Method")));

        asAdmin().body(type.minimal(Unique.name("Method")))
                .when().post(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.problem(405, "method-not-allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void answersAPathThatDoesNotExistWithAProblem(RecordType type) {
        asAdmin().when().get(type.path() + "/" + java.util.UUID.randomUUID() + "/nothing")
                .then().log().ifValidationFails()
                .spec(Problems.notFound());
    }
}
