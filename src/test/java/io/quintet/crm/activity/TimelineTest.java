package io.quintet.crm.activity;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Integrations;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The timeline of accounts and contacts: what it shows, in which order, page by page, and to whom. */
@QuarkusTest
class TimelineTest {

    private static String timeline(String collection, String id) {
        return "/api/v1/" + collection + "/" + id + "/timeline";
    }

    private static void rename(RecordType type, String id, String field, Object value) {
        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object(field, value))
                .when().patch(type.path(id)).then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void showsTheRecordsChangesAndActivitiesNewestFirst() {
        String account = Records.createAccount(Unique.name("Timeline"));
        String note = Activities.create(Activities.note("First meeting went well", Activities.onAccount(account)));
        rename(RecordType.ACCOUNTS, account, "industry", "Software");

        asAdmin().when().get(timeline("accounts", account))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.kind", contains("field_change", "activity", "created"))
                .body("data[0].objectId", equalTo(account))
                .body("data[0].action", equalTo("updated"))
                .body("data[0].changes.field", contains("industry"))
                .body("data[0].changes[0].from", nullValue())
                .body("data[0].changes[0].to", equalTo("Software"))
                .body("data[1].objectId", equalTo(note))
                .body("data[1].activity.body", equalTo("First meeting went well"))
                .body("page.hasMore", equalTo(false));
    }

    @Test
    void showsAnAccountsContactsChangesAndActivitiesOnTheAccount() {
        String account = Records.createAccount(Unique.name("Parent"));
        String contact = Records.createContact(Unique.name("Child"), account);
        String note = Activities.create(Activities.note("Spoke to the child", List.of(Activities.link("contact",
                contact))));
        rename(RecordType.CONTACTS, contact, "title", "CTO");

        asAdmin().queryParam("kind", "activity,field_change").when().get(timeline("accounts", account))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.objectId", contains(contact, note))
                .body("data[0].objectType", equalTo("contact"))
                .body("data[0].changes.field", contains("title"));
    }

    @Test
    void showsAnActivityLinkedToAnAccountAndItsContactOnce() {
        String account = Records.createAccount(Unique.name("Once"));
        String contact = Records.createContact(Unique.name("Once"), account);
        String note = Activities.create(Activities.note("Both", List.of(Activities.link("account", account),
                Activities.link("contact", contact))));

        asAdmin().queryParam("kind", "activity").when().get(timeline("accounts", account))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.id", contains(note));
    }

    @Test
    void placesAMeetingAtItsStartTime() {
        String account = Records.createAccount(Unique.name("Long ago"));
        String meeting = Activities.create(Json.object("kind", "meeting", "subject", "Old meeting",
                "startsAt", "2020-01-15T09:00:00Z", "endsAt", "2020-01-15T10:00:00Z",
                "links", Activities.onAccount(account)));

        asAdmin().when().get(timeline("accounts", account))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.kind", contains("created", "activity"))
                .body("data[1].id", equalTo(meeting))
                .body("data[1].occurredAt", equalTo("2020-01-15T09:00:00Z"));
    }

    @Test
    void pagesThroughTheTimelineWithoutGapsOrRepeats() {
        String contact = Records.createContact(Unique.name("Paged"), null);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(0, Activities.create(Activities.note("Note " + i, List.of(Activities.link("contact",
                    contact)))));
        }
        expected.add(contact);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = asAdmin().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(timeline("contacts", contact))
                    .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("data.objectId"));
            cursor = page.getString("page.nextCursor");
            pages++;
        } while (cursor != null);

        assertEquals(expected, seen);
        assertEquals(3, pages);
    }

    @Test
    void narrowsToTheKindsAskedFor() {
        String account = Records.createAccount(Unique.name("Kinds"));
        Activities.create(Activities.note("Not shown", Activities.onAccount(account)));
        rename(RecordType.ACCOUNTS, account, "industry", "Retail");

        asAdmin().queryParam("kind", "field_change").when().get(timeline("accounts", account))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.kind", contains("field_change"));
    }

    @Test
    void refusesAnUnknownKind() {
        String account = Records.createAccount(Unique.name("Unknown kind"));

        asAdmin().queryParam("kind", "activity,gossip").when().get(timeline("accounts", account))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("kind"));
    }

    @Test
    void refusesACursorItDidNotIssue() {
        String account = Records.createAccount(Unique.name("Forged"));

        asAdmin().queryParam("cursor", "bm90LWEtY3Vyc29y").when().get(timeline("accounts", account))
                .then().log().ifValidationFails()
                .statusCode(400);
    }

    @Test
    void answersNotFoundForAnUnknownRecord() {
        asAdmin().when().get(timeline("accounts", UUID.randomUUID().toString()))
                .then().log().ifValidationFails()
                .spec(Problems.notFound());
    }

    @Test
    void answersNotFoundForAnotherTenantsContact() {
        String foreign = Records.create(Tenants.other().spec(), RecordType.CONTACTS,
                Json.object("lastName", Unique.name("Foreign")));

        asAdmin().when().get(timeline("contacts", foreign))
                .then().log().ifValidationFails()
                .spec(Problems.notFound());
    }

    @Test
    void leavesOutChangesOfFieldsHiddenFromTheCallersRole() {
        String account = Records.createAccount(Json.object("name", Unique.name("Secretive"),
                "annualRevenue", Json.object("amount", "1000.00", "currency", "EUR")));
        rename(RecordType.ACCOUNTS, account, "annualRevenue", Json.object("amount", "2000.00", "currency", "EUR"));
        rename(RecordType.ACCOUNTS, account, "industry", "Energy");
        RequestSpecification agent = Integrations.bearer(Integrations.token(asAdmin(), "support_agent",
                List.of("accounts:read", "contacts:read", "activities:read")));

        agent.when().get(timeline("accounts", account))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.kind", contains("field_change", "created"))
                .body("data[0].changes.field", contains("industry"))
                .body("data[1].changes.field", not(hasItem("annualRevenue")))
                .body("data.changes.field.flatten()", everyItem(not(equalTo("annualRevenue"))));
    }

    @Test
    void leavesOutActivitiesWhenTheCallerMayNotReadThem() {
        String account = Records.createAccount(Unique.name("No activities"));
        Activities.create(Activities.note("Private", Activities.onAccount(account)));
        RequestSpecification integration = Integrations.bearer(Integrations.token(asAdmin(), "read_only",
                List.of("accounts:read")));

        integration.when().get(timeline("accounts", account))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.kind", contains("created"))
                .body("data.activity", everyItem(nullValue()));
    }
}
