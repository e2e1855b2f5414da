package io.quintet.crm.platform.audit;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Database;
import io.quintet.crm.testsupport.Database.AuditEntry;
import io.quintet.crm.testsupport.Database.OutboxEvent;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;

/**
 * Every change writes an audit entry and an outbox event in its own transaction, and a change that
 * fails writes neither. Read straight from the database, as the future dispatcher will.
 */
@QuarkusTest
class AuditAndOutboxTest {

    private Database db() {
        return Database.ofService();
    }

    private static List<String> eventTypes(List<OutboxEvent> events) {
        return events.stream().map(OutboxEvent::eventType).toList();
    }

    private static List<String> actions(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::action).toList();
    }

    /** Rows of either table whose JSON mentions {@code text}: how a test finds rows of a record that never got an id. */
    private long rowsMentioning(String text) {
        return db().count("select (select count(*) from outbox_event where payload::text like ?) "
                + "+ (select count(*) from audit_entry where changes::text like ?)", "%" + text + "%", "%" + text + "%");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void aCreateWritesAnAuditEntryAndACreatedEvent(RecordType type) {
        String label = Unique.name("Audited");
        String id = Records.create(type, type.full(label));

        List<OutboxEvent> events = db().outboxEvents(id);
        assertThat(eventTypes(events), contains(type.objectType() + ".created"));
        JsonNode payload = events.get(0).payload();
        assertThat(payload.path("type").asText(), equalTo(type.objectType() + ".created"));
        assertThat(payload.path("data").path("id").asText(), equalTo(id));
        assertThat(payload.path("data").path("object").asText(), equalTo(type.objectType()));
        assertThat(payload.path("data").path("record").path(type.labelField()).asText(), equalTo(label));

        List<AuditEntry> audit = db().auditEntries(id);
        assertThat(actions(audit), contains("created"));
        assertThat(audit.get(0).actorId(), equalTo("crm-admin"));
        assertThat(audit.get(0).changes().path(type.labelField()).path("to").asText(), equalTo(label));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void anUpdateEventCarriesThePreviousValuesOfTheChangedFields(RecordType type) {
        Map<String, Object> body = type.full(Unique.name("Updated"));
        String id = Records.create(type, body);

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object(type.optionalField(), "After")))
                .when().patch(type.path(id))
                .then().statusCode(200);

        List<OutboxEvent> events = db().outboxEvents(id);
        assertThat(eventTypes(events), contains(type.objectType() + ".created", type.objectType() + ".updated"));
        JsonNode previous = events.get(1).payload().path("data").path("previous");
        assertThat(previous.path(type.optionalField()).asText(), equalTo(body.get(type.optionalField())));
        assertThat("only changed fields", previous.size(), equalTo(1));
        assertThat(events.get(1).payload().path("data").path("record").path(type.optionalField()).asText(),
                equalTo("After"));

        AuditEntry update = db().auditEntries(id).get(1);
        assertThat(update.action(), equalTo("updated"));
        assertThat(update.changes().path(type.optionalField()).path("from").asText(),
                equalTo(body.get(type.optionalField())));
        assertThat(update.changes().path(type.optionalField()).path("to").asText(), equalTo("After"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void aDeleteEventCarriesTheDeletedValues(RecordType type) {
        String label = Unique.name("Deleted");
        String id = Records.create(type, type.minimal(label));

        asAdmin().when().delete(type.path(id)).then().statusCode(204);

        List<OutboxEvent> events = db().outboxEvents(id);
        assertThat(eventTypes(events), contains(type.objectType() + ".created", type.objectType() + ".deleted"));
        assertThat(events.get(1).payload().path("data").path("previous").path(type.labelField()).asText(),
                equalTo(label));
        assertThat(actions(db().auditEntries(id)), contains("created", "deleted"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void anUpdateThatChangesNothingRecordsNothing(RecordType type) {
        String label = Unique.name("Unchanged");
        String id = Records.create(type, type.minimal(label));

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object(type.labelField(), label)))
                .when().patch(type.path(id))
                .then().statusCode(200);

        assertThat(db().outboxEvents(id), hasSize(1));
        assertThat(db().auditEntries(id), hasSize(1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void aBatchThatFailsAtItsLastItemLeavesNoAuditOrEvents(RecordType type) {
        String existing = Records.create(type, type.minimal(Unique.name("BatchTarget")));
        String created = Unique.name("NeverCreated");

        Records.batch(type, List.of(
                type.minimal(created),
                Json.object("id", existing, type.optionalField(), "never"),
                type.invalid(Unique.name("Breaks"))))
                .then().spec(Problems.invalid(type.invalidField()));

        assertThat(eventTypes(db().outboxEvents(existing)), contains(type.objectType() + ".created"));
        assertThat(actions(db().auditEntries(existing)), contains("created"));
        assertThat(rowsMentioning(created), is(0L));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void aStaleWriteLeavesNoAuditOrEvents(RecordType type) {
        String id = Records.create(type, type.minimal(Unique.name("Stale")));

        asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"9\"")
                .body(Json.write(Json.object(type.optionalField(), "stale")))
                .when().patch(type.path(id))
                .then().spec(Problems.preconditionFailed());

        assertThat(db().outboxEvents(id), hasSize(1));
        assertThat(db().auditEntries(id), hasSize(1));
    }

    @Test
    void aDuplicateEmailLeavesNoAuditOrEvents() {
        String email = Unique.email();
        Records.createContact(Json.object("lastName", "First", "email", email));
        String label = Unique.name("SecondWithSameEmail");

        asAdmin().body(Json.object("lastName", label, "email", email))
                .when().post(RecordType.CONTACTS.path())
                .then().spec(Problems.conflict());

        assertThat(rowsMentioning(label), is(0L));
    }

    @Test
    void detachingContactsRecordsAnUpdateOfEach() {
        String account = Records.createAccount(Unique.name("Detaching"));
        String contact = Records.createContact(Unique.name("Detached"), account);

        asAdmin().queryParam("cascade", "detach").when().delete(RecordType.ACCOUNTS.path(account))
                .then().statusCode(204);

        List<OutboxEvent> events = db().outboxEvents(contact);
        assertThat(eventTypes(events), contains("contact.created", "contact.updated"));
        assertThat(events.get(1).payload().path("data").path("previous").path("accountId").asText(), equalTo(account));
        assertThat(eventTypes(db().outboxEvents(account)), contains("account.created", "account.deleted"));
    }
}
