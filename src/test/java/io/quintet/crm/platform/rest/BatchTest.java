package io.quintet.crm.platform.rest;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
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

/** POST /batch: up to 100 creates and merge-patch updates in one transaction, all or none. */
@QuarkusTest
class BatchTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void appliesCreatesAndUpdatesInRequestOrder(RecordType type) {
        String existing = Records.create(type, type.minimal(Unique.name("BatchExisting")));
        String first = Unique.name("BatchFirst");
        String last = Unique.name("BatchLast");

        Records.batch(type, List.of(
                type.minimal(first),
                Json.object("id", existing, "version", 0, type.optionalField(), "batched"),
                type.minimal(last)))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items[0]." + type.labelField(), equalTo(first))
                .body("items[0].id", notNullValue())
                .body("items[1].id", equalTo(existing))
                .body("items[1]." + type.optionalField(), equalTo("batched"))
                .body("items[1].version", equalTo(1))
                .body("items[2]." + type.labelField(), equalTo(last));
        Records.get(type, existing).then().body(type.optionalField(), equalTo("batched"));
        assertThat(Records.idsWhere(type, type.labelFilter(first)), hasSize(1));
        assertThat(Records.idsWhere(type, type.labelFilter(last)), hasSize(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void oneInvalidItemFailsTheBatchWithItsIndexAndWritesNothing(RecordType type) {
        String existing = Records.create(type, type.minimal(Unique.name("BatchKept")));
        String created = Unique.name("BatchRolledBack");
        String invalid = Unique.name("BatchInvalid");

        Records.batch(type, List.of(
                type.minimal(created),
                Json.object("id", existing, type.optionalField(), "rolled back"),
                type.invalid(invalid)))
                .then().log().ifValidationFails()
                .spec(Problems.invalid(type.invalidField()))
                .body("errors.index", everyItem(equalTo(2)));
        assertThat(Records.idsWhere(type, type.labelFilter(created)), empty());
        assertThat(Records.idsWhere(type, type.labelFilter(invalid)), empty());
        Records.get(type, existing).then()
                .body(type.optionalField(), nullValue())
                .body("version", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void aStaleItemVersionFailsTheBatchWith412AndWritesNothing(RecordType type) {
        String existing = Records.create(type, type.minimal(Unique.name("BatchStale")));
        String created = Unique.name("BatchBeforeStale");

        Records.batch(type, List.of(
                type.minimal(created),
                Json.object("id", existing, "version", 7, type.optionalField(), "stale")))
                .then().log().ifValidationFails()
                .spec(Problems.preconditionFailed())
                .body("errors.index", hasItem(1));
        assertThat(Records.idsWhere(type, type.labelFilter(created)), empty());
        Records.get(type, existing).then().body("version", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void anUnknownIdFailsTheBatchWith404AndItsIndex(RecordType type) {
        String created = Unique.name("BatchBeforeUnknown");

        Records.batch(type, List.of(
                type.minimal(created),
                Json.object("id", UUID.randomUUID().toString(), type.optionalField(), "ghost")))
                .then().log().ifValidationFails()
                .spec(Problems.notFound())
                .body("errors.index", hasItem(1));
        assertThat(Records.idsWhere(type, type.labelFilter(created)), empty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsMoreThan100Items(RecordType type) {
        String label = Unique.name("BatchTooMany");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            items.add(type.minimal(label));
        }

        Records.batch(type, items)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("items"));
        assertThat(Records.idsWhere(type, type.labelFilter(label)), empty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void accepts100Items(RecordType type) {
        String label = Unique.name("BatchHundred");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(type.minimal(label));
        }

        Records.batch(type, items)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("items", hasSize(100));
        assertThat(Records.idsWhere(type, type.labelFilter(label)), hasSize(100));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAnEmptyBatch(RecordType type) {
        Records.batch(type, List.of())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("items"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAnItemThatIsNotAnObject(RecordType type) {
        asAdmin().body("{\"items\":[42]}")
                .when().post(type.batchPath())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("items"))
                .body("errors.index", hasItem(0));
    }
}
