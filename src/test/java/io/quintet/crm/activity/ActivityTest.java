package io.quintet.crm.activity;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;

/** Activities over REST: each kind's fields, links checked against the linked records, overdue tasks. */
@QuarkusTest
class ActivityTest {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final String YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    private static final String TOMORROW = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

    @Test
    void createsATaskOpenAndOfNormalPriorityByDefault() {
        String account = Records.createAccount(Unique.name("Task account"));

        asAdmin().body(Activities.task("Send the proposal", TOMORROW, Activities.onAccount(account)))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .statusCode(201)
                .header("Location", containsString(Activities.PATH + "/"))
                .header("ETag", notNullValue())
                .body("kind", equalTo("task"))
                .body("status", equalTo("open"))
                .body("priority", equalTo("normal"))
                .body("dueDate", equalTo(TOMORROW))
                .body("links", contains(Map.of("object", "account", "id", account)));
    }

    @Test
    void logsACallWithItsDirectionDurationAndOutcome() {
        String contact = Records.createContact(Unique.name("Caller"), null);

        asAdmin().body(Json.object("kind", "call", "subject", "Discovery call", "direction", "outbound",
                "durationSeconds", 900, "outcome", "Interested", "links", List.of(Activities.link("contact", contact))))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("direction", equalTo("outbound"))
                .body("durationSeconds", equalTo(900))
                .body("outcome", equalTo("Interested"))
                .body("status", nullValue());
    }

    @Test
    void schedulesAMeetingWithUsersAndContactsAsAttendees() {
        String account = Records.createAccount(Unique.name("Meeting account"));
        String contact = Records.createContact(Unique.name("Attendee"), account);
        String user = asAdmin().when().get("/api/v1/users?limit=1").then().statusCode(200)
                .extract().path("data[0].id");
        Map<String, Object> attendees = user == null ? Json.object("contactIds", List.of(contact))
                : Json.object("userIds", List.of(user), "contactIds", List.of(contact));

        asAdmin().body(Json.object("kind", "meeting", "subject", "Kick-off", "startsAt", "2026-12-01T09:00:00Z",
                "endsAt", "2026-12-01T10:00:00Z", "location", "Paris", "attendees", attendees,
                "links", Activities.onAccount(account)))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("attendees.contactIds", contains(contact))
                .body("startsAt", equalTo("2026-12-01T09:00:00Z"))
                .body("location", equalTo("Paris"));
    }

    @Test
    void logsAnEmailWithItsSenderRecipientsAndSendingTime() {
        String contact = Records.createContact(Unique.name("Recipient"), null);

        asAdmin().body(Json.object("kind", "email", "subject", "Our offer", "body", "Please find attached…",
                "from", "rep@example.com", "to", List.of("buyer@example.com", "cfo@example.com"),
                "sentAt", "2026-11-20T08:30:00Z", "links", List.of(Activities.link("contact", contact))))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("from", equalTo("rep@example.com"))
                .body("to", contains("buyer@example.com", "cfo@example.com"))
                .body("sentAt", equalTo("2026-11-20T08:30:00Z"));
    }

    @Test
    void refusesAnEmptyRecipient() {
        String contact = Records.createContact(Unique.name("Null recipient"), null);

        asAdmin().body(Json.object("kind", "email", "from", "rep@example.com",
                "to", Arrays.asList("buyer@example.com", null), "sentAt", "2026-11-20T08:30:00Z",
                "links", List.of(Activities.link("contact", contact))))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("to[1]"));
    }

    @Test
    void refusesAFieldOfAnotherKindAndCreatesNothing() {
        String account = Records.createAccount(Unique.name("Strict"));
        String body = Unique.name("Note with a due date");

        asAdmin().body(Json.with(Activities.note(body, Activities.onAccount(account)), "dueDate", TOMORROW))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("dueDate"))
                .body("errors.message", hasItem("a note has no dueDate"));
        assertNoActivityOn(account);
    }

    @Test
    void refusesATaskWithoutSubject() {
        String account = Records.createAccount(Unique.name("No subject"));

        asAdmin().body(Json.object("kind", "task", "links", Activities.onAccount(account)))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("subject"));
        assertNoActivityOn(account);
    }

    @Test
    void refusesAMeetingThatEndsBeforeItStarts() {
        String account = Records.createAccount(Unique.name("Backwards"));

        asAdmin().body(Json.object("kind", "meeting", "subject", "Backwards", "startsAt", "2026-12-01T10:00:00Z",
                "endsAt", "2026-12-01T09:00:00Z", "links", Activities.onAccount(account)))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("endsAt"));
        assertNoActivityOn(account);
    }

    @Test
    void refusesAnActivityLinkedToNothing() {
        asAdmin().body(Activities.note("Orphan", List.of()))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("links"));
    }

    @Test
    void refusesALinkToAnUnknownRecord() {
        String account = Records.createAccount(Unique.name("Known"));

        asAdmin().body(Activities.note("Dangling", List.of(Activities.link("account", account),
                Activities.link("contact", UUID.randomUUID().toString()))))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("links[1].id"));
        assertNoActivityOn(account);
    }

    @Test
    void refusesALinkToAnObjectTypeActivitiesCannotLinkTo() {
        asAdmin().body(Activities.note("Odd link", List.of(Activities.link("webhook", UUID.randomUUID().toString()))))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("links[0].object"))
                .body("errors.message", hasItem(containsString("account, contact")));
    }

    @Test
    void refusesALinkToAnotherTenantsAccount() {
        String foreign = Records.create(Tenants.other().spec(), RecordType.ACCOUNTS,
                Json.object("name", Unique.name("Foreign")));

        asAdmin().body(Activities.note("Across tenants", Activities.onAccount(foreign)))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("links[0].id"));
    }

    @Test
    void refusesChangingTheKindAndKeepsTheActivity() {
        String account = Records.createAccount(Unique.name("Kind"));
        String note = Activities.create(Activities.note("Stays a note", Activities.onAccount(account)));

        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("kind", "task", "subject", "Now a task"))
                .when().patch(Activities.path(note))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("kind"));
        asAdmin().when().get(Activities.path(note))
                .then().statusCode(200)
                .body("kind", equalTo("note"))
                .body("version", equalTo(0));
    }

    @Test
    void completesATaskWithAMergePatchAndIfMatch() {
        String account = Records.createAccount(Unique.name("Done"));
        String task = Activities.create(Activities.task("Call back", TODAY, Activities.onAccount(account)));

        asAdmin().contentType(Api.MERGE_PATCH).header("If-Match", "\"0\"").body(Json.object("status", "done"))
                .when().patch(Activities.path(task))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("done"))
                .body("subject", equalTo("Call back"))
                .body("version", equalTo(1));
    }

    @Test
    void findsOverdueTasksWithTheOverdueFilter() {
        String account = Records.createAccount(Unique.name("Overdue"));
        String late = Activities.create(Activities.task("Late", YESTERDAY, Activities.onAccount(account)));
        Activities.create(Activities.task("Due later", TOMORROW, Activities.onAccount(account)));
        String done = Activities.create(Activities.task("Done late", YESTERDAY, Activities.onAccount(account)));
        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("status", "done"))
                .when().patch(Activities.path(done)).then().statusCode(200);
        Activities.create(Activities.note("Not a task", Activities.onAccount(account)));

        List<String> overdue = asAdmin().queryParam("filter", "overdue==true").queryParam("limit", 200)
                .when().get(Activities.PATH)
                .then().log().ifValidationFails().statusCode(200)
                .extract().path("data.id");
        assertTrue(overdue.contains(late), "the late task is overdue");
        assertFalse(overdue.contains(done), "a done task is not overdue");
    }

    @Test
    void findsOverdueTasksWithAnRsqlFilterOnKindStatusAndDueDate() {
        String account = Records.createAccount(Unique.name("Overdue RSQL"));
        String subject = Unique.name("Late");
        String late = Activities.create(Activities.task(subject, YESTERDAY, Activities.onAccount(account)));
        Activities.create(Activities.task(subject, TOMORROW, Activities.onAccount(account)));

        asAdmin().queryParam("filter", "kind==task;status=out=(done,cancelled);dueDate=lt=" + TODAY
                        + ";subject==\"" + subject + "\"")
                .when().get(Activities.PATH)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.id", contains(late));
    }

    @Test
    void refusesAnUnknownAssignee() {
        String account = Records.createAccount(Unique.name("Assignee"));

        asAdmin().body(Json.with(Activities.task("Assigned", TOMORROW, Activities.onAccount(account)), "assigneeId",
                UUID.randomUUID().toString()))
                .when().post(Activities.PATH)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("assigneeId"));
        assertNoActivityOn(account);
    }

    @Test
    void deletesAnActivity() {
        String account = Records.createAccount(Unique.name("Delete"));
        String note = Activities.create(Activities.note("Soon gone", Activities.onAccount(account)));

        asAdmin().when().delete(Activities.path(note)).then().statusCode(204);
        asAdmin().when().get(Activities.path(note)).then().spec(Problems.notFound());
        assertNoActivityOn(account);
    }

    private static void assertNoActivityOn(String account) {
        asAdmin().queryParam("kind", "activity").when().get("/api/v1/accounts/" + account + "/timeline")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data", empty());
    }
}
