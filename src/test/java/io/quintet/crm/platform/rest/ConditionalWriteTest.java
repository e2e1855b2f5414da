package io.quintet.crm.platform.rest;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Concurrently;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;

/** Optimistic locking over REST: versions as ETags, If-Match on PUT, PATCH and DELETE. */
@QuarkusTest
class ConditionalWriteTest {

    /** Creates a record and changes it once, so its current version is 1 and version 0 is stale. */
    private static String recordAtVersionOne(RecordType type, String label) {
        String id = Records.create(type, type.minimal(label));
        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object(type.optionalField(), "v1")))
                .when().patch(type.path(id))
                .then().statusCode(200).header("ETag", "\"1\"");
        return id;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void getReturnsTheVersionAsAQuotedEtag(RecordType type) {
        String id = recordAtVersionOne(type, Unique.name("Etag"));

        asAdmin().when().get(type.path(id))
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsPatchWithAStaleIfMatchAndWritesNothing(RecordType type) {
        String id = recordAtVersionOne(type, Unique.name("StalePatch"));

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Json.write(Json.object(type.optionalField(), "lost update")))
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.preconditionFailed());
        Records.get(type, id).then()
                .body(type.optionalField(), equalTo("v1"))
                .body("version", equalTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsPutWithAStaleIfMatchAndWritesNothing(RecordType type) {
        String label = Unique.name("StalePut");
        String id = recordAtVersionOne(type, label);

        asAdmin().header("If-Match", "\"0\"").body(type.minimal(Unique.name("lost")))
                .when().put(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.preconditionFailed());
        Records.get(type, id).then()
                .body(type.labelField(), equalTo(label))
                .body(type.optionalField(), equalTo("v1"))
                .body("version", equalTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsDeleteWithAStaleIfMatchAndKeepsTheRecord(RecordType type) {
        String id = recordAtVersionOne(type, Unique.name("StaleDelete"));

        asAdmin().header("If-Match", "\"0\"")
                .when().delete(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.preconditionFailed());
        Records.get(type, id).then().body("version", equalTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void patchWithTheCurrentIfMatchSucceedsAndIncrementsTheVersion(RecordType type) {
        String id = recordAtVersionOne(type, Unique.name("CurrentPatch"));

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"1\"")
                .body(Json.write(Json.object(type.optionalField(), "v2")))
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2))
                .body(type.optionalField(), equalTo("v2"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void putWithTheCurrentIfMatchSucceedsAndIncrementsTheVersion(RecordType type) {
        String id = recordAtVersionOne(type, Unique.name("CurrentPut"));
        String label = Unique.name("Put");

        asAdmin().header("If-Match", "\"1\"").body(type.minimal(label))
                .when().put(type.path(id))
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2))
                .body(type.labelField(), equalTo(label));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void deleteWithTheCurrentIfMatchSucceeds(RecordType type) {
        String id = recordAtVersionOne(type, Unique.name("CurrentDelete"));

        asAdmin().header("If-Match", "\"1\"")
                .when().delete(type.path(id))
                .then().log().ifValidationFails()
                .statusCode(204);
        asAdmin().when().get(type.path(id)).then().spec(Problems.notFound());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void acceptsAWeakEtagAndTheWildcard(RecordType type) {
        String id = recordAtVersionOne(type, Unique.name("Weak"));

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "W/\"1\"")
                .body(Json.write(Json.object(type.optionalField(), "weak")))
                .when().patch(type.path(id))
                .then().log().ifValidationFails().statusCode(200).header("ETag", "\"2\"");
        asAdmin().contentType(MERGE_PATCH).header("If-Match", "*")
                .body(Json.write(Json.object(type.optionalField(), "any")))
                .when().patch(type.path(id))
                .then().log().ifValidationFails().statusCode(200).header("ETag", "\"3\"");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAnIfMatchThatIsNoEtagOfOurs(RecordType type) {
        String id = recordAtVersionOne(type, Unique.name("BadIfMatch"));

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"yesterday\"")
                .body(Json.write(Json.object(type.optionalField(), "x")))
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("If-Match"));
        Records.get(type, id).then().body("version", equalTo(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void concurrentPatchesWithTheSameIfMatchLetExactlyOneThrough(RecordType type) {
        String id = recordAtVersionOne(type, Unique.name("Race"));

        List<Integer> statuses = Concurrently.statuses(Concurrently.run(6, () -> asAdmin()
                .contentType(MERGE_PATCH).header("If-Match", "\"1\"")
                .body(Json.write(Json.object(type.optionalField(), "racer " + Unique.suffix())))
                .when().patch(type.path(id))));

        assertThat(statuses, everyItem(isOneOf(200, 412)));
        assertThat(statuses.stream().filter(status -> status == 200).toList(), hasSize(1));
        Records.get(type, id).then().body("version", equalTo(2));
    }
}
