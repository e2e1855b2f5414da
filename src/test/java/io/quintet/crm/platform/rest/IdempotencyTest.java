package io.quintet.crm.platform.rest;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Concurrently;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;
import io.restassured.response.Response;

/** Idempotency-Key on POST: a retried request replays the first answer instead of creating again. */
@QuarkusTest
class IdempotencyTest {

    private static Response post(String path, String key, Object body) {
        return asAdmin().header("Idempotency-Key", key).body(body).when().post(path);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void replaysTheFirstAnswerForTheSameKeyAndBody(RecordType type) {
        String label = Unique.name("Idem");
        Map<String, Object> body = type.full(label);
        String key = UUID.randomUUID().toString();
        Response first = post(type.path(), key, body);
        first.then().log().ifValidationFails().statusCode(201);

        post(type.path(), key, body)
                .then().log().ifValidationFails()
                .statusCode(201)
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .body(equalTo(first.asString()));
        assertThat(Records.idsWhere(type, type.labelFilter(label)), contains(first.<String>path("id")));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsTheSameKeyWithAnotherBodyAndCreatesNothingMore(RecordType type) {
        String label = Unique.name("IdemFirst");
        String otherLabel = Unique.name("IdemOther");
        String key = UUID.randomUUID().toString();
        post(type.path(), key, type.minimal(label)).then().statusCode(201);

        post(type.path(), key, type.minimal(otherLabel))
                .then().log().ifValidationFails()
                .spec(Problems.problem(422, "unprocessable"));
        assertThat(Records.idsWhere(type, type.labelFilter(label)), hasSize(1));
        assertThat(Records.idsWhere(type, type.labelFilter(otherLabel)), empty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void aFailedRequestLeavesItsKeyFreeForTheCorrectedRetry(RecordType type) {
        String label = Unique.name("IdemRetry");
        String key = UUID.randomUUID().toString();
        post(type.path(), key, type.invalid(label)).then().spec(Problems.invalid(type.invalidField()));

        post(type.path(), key, type.minimal(label))
                .then().log().ifValidationFails()
                .statusCode(201);
        assertThat(Records.idsWhere(type, type.labelFilter(label)), hasSize(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void replaysABatchWithoutApplyingItTwice(RecordType type) {
        String label = Unique.name("IdemBatch");
        Map<String, Object> batch = Json.object("items", List.of(type.minimal(label), type.minimal(label)));
        String key = UUID.randomUUID().toString();
        Response first = post(type.batchPath(), key, batch);
        first.then().log().ifValidationFails().statusCode(200);

        post(type.batchPath(), key, batch)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body(equalTo(first.asString()));
        assertThat(Records.idsWhere(type, type.labelFilter(label)), hasSize(2));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void rejectsAKeyLongerThan255Characters(RecordType type) {
        String label = Unique.name("IdemLong");

        post(type.path(), "k".repeat(256), type.minimal(label))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("Idempotency-Key"));
        assertThat(Records.idsWhere(type, type.labelFilter(label)), empty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void concurrentRetriesWithOneKeyCreateOneRecordAndGetOneAnswer(RecordType type) {
        String label = Unique.name("IdemRace");
        Map<String, Object> body = type.minimal(label);
        String key = UUID.randomUUID().toString();

        List<Response> answers = Concurrently.run(6, () -> post(type.path(), key, body));

        assertThat(Concurrently.statuses(answers), everyItem(equalTo(201)));
        assertThat(answers.stream().map(answer -> answer.<String>path("id")).distinct().toList(), hasSize(1));
        assertThat(Records.idsWhere(type, type.labelFilter(label)), hasSize(1));
    }
}
