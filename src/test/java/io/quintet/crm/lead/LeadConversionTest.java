package io.quintet.crm.lead;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Database;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;
import io.restassured.response.ValidatableResponse;

/**
 * Converting a lead: each way to come by the account and the contact (given, matched, created), the lead
 * marked with its links, the event with previous values, twice is a conflict, and a failure leaves nothing.
 */
@QuarkusTest
class LeadConversionTest {

    private static final RecordType LEADS = RecordType.LEADS;

    private static ValidatableResponse convert(String id, Map<String, Object> request) {
        return asAdmin().body(request).when().post(LEADS.path(id) + "/convert").then().log().ifValidationFails();
    }

    private static String domain() {
        return Unique.suffix().toLowerCase() + ".example.org";
    }

    @Test
    void createsAnAccountAndAContactFromANewLead() {
        String company = Unique.name("Umbrella");
        String email = "alice@" + domain();
        String id = Records.create(LEADS, Json.object("firstName", "Alice", "lastName", "Abernathy", "company", company,
                "email", email, "title", "CTO", "industry", "Biotech", "companySize", 800));

        String accountId = convert(id, Map.of()).statusCode(200)
                .body("accountCreated", equalTo(true))
                .body("contactCreated", equalTo(true))
                .body("opportunityId", nullValue())
                .body("lead.status", equalTo("converted"))
                .body("lead.convertedAt", notNullValue())
                .extract().path("accountId");

        Records.get(RecordType.ACCOUNTS, accountId).then()
                .body("name", equalTo(company)).body("industry", equalTo("Biotech")).body("employees", equalTo(800));
        String contactId = Records.get(LEADS, id).then().body("convertedAccountId", equalTo(accountId))
                .extract().path("convertedContactId");
        Records.get(RecordType.CONTACTS, contactId).then()
                .body("email", equalTo(email)).body("accountId", equalTo(accountId)).body("title", equalTo("CTO"));
    }

    @Test
    void linksTheAccountWithTheEmailDomainAndTheContactWithTheEmail() {
        String domain = domain();
        String account = Records.createAccount(Json.object("name", Unique.name("Matched"), "domain", domain));
        String email = "bob@" + domain;
        String contact = Records.createContact(Json.object("lastName", "Builder", "email", email, "accountId", account));
        String id = Records.create(LEADS, Json.object("lastName", "Builder", "company", "Whatever", "email",
                email.toUpperCase()));

        convert(id, Map.of()).statusCode(200)
                .body("accountId", equalTo(account)).body("accountCreated", equalTo(false))
                .body("contactId", equalTo(contact)).body("contactCreated", equalTo(false));
    }

    @Test
    void linksTheAccountAndContactGiven() {
        String account = Records.createAccount(Unique.name("Given"));
        String id = Records.create(LEADS, Json.object("lastName", Unique.name("Linked"), "email", "c@" + domain()));

        String contact = convert(id, Map.of("accountId", account)).statusCode(200)
                .body("accountId", equalTo(account)).body("accountCreated", equalTo(false))
                .body("contactCreated", equalTo(true))
                .extract().path("contactId");
        Records.get(RecordType.CONTACTS, contact).then().body("accountId", equalTo(account));
    }

    @Test
    void refusesToConvertTwice() {
        String id = Records.create(LEADS, Json.object("lastName", Unique.name("Twice"), "company", Unique.name("Co")));
        convert(id, Map.of()).statusCode(200);
        long version = Records.version(LEADS, id);

        convert(id, Map.of()).spec(Problems.conflict());
        assertEquals(version, Records.version(LEADS, id));
    }

    @Test
    void leavesNothingBehindWhenTheContactCannotBeCreated() {
        // A lead with only a company: the account is created first, then the contact lacks a name.
        String company = Unique.name("Half done");
        String id = Records.create(LEADS, Json.object("company", company, "email", "x@" + domain()));

        convert(id, Map.of()).spec(Problems.invalid("lastName"));
        assertThat(Records.idsWhere(RecordType.ACCOUNTS, "name==\"" + company + "\""), empty());
        Records.get(LEADS, id).then().body("status", equalTo("new")).body("version", equalTo(0))
                .body("convertedAccountId", nullValue());
    }

    @Test
    void refusesAnAccountThatDoesNotExist() {
        String id = Records.create(LEADS, Json.object("lastName", Unique.name("Lost")));

        convert(id, Map.of("accountId", "7b7f8a9e-1d2c-4e5f-8a9b-0c1d2e3f4a5b")).spec(Problems.invalid("accountId"));
        Records.get(LEADS, id).then().body("status", equalTo("new"));
    }

    @Test
    void refusesAStaleIfMatch() {
        String id = Records.create(LEADS, Json.object("lastName", Unique.name("Stale"), "company", "Stale Co"));

        asAdmin().header("If-Match", "\"7\"").body(Map.of()).when().post(LEADS.path(id) + "/convert")
                .then().spec(Problems.preconditionFailed());
        Records.get(LEADS, id).then().body("status", equalTo("new"));
    }

    @Test
    void emitsLeadConvertedWithThePreviousValues() {
        String id = Records.create(LEADS, Json.object("lastName", Unique.name("Evented"), "company", Unique.name("Ev"),
                "status", "qualified"));

        convert(id, Map.of()).statusCode(200);

        List<Database.OutboxEvent> events = Database.ofService().outboxEvents(id);
        Database.OutboxEvent converted = events.stream().filter(e -> e.eventType().equals("lead.converted"))
                .findFirst().orElseThrow();
        assertEquals("qualified", converted.payload().path("data").path("previous").path("status").asText());
        assertEquals("converted", converted.payload().path("data").path("record").path("status").asText());
        assertThat(Database.ofService().auditEntries(id).stream().map(Database.AuditEntry::action)
                .toList(), hasItem("converted"));
    }

    @Test
    void convertsThroughGraphQL() {
        String id = Records.create(LEADS, Json.object("lastName", Unique.name("Graph"), "company", Unique.name("GQ")));

        GraphQL.asAdmin("mutation($id: ID!) { convertLead(id: $id) { accountCreated lead { status convertedContactId } } }",
                Map.of("id", id))
                .body("errors", nullValue())
                .body("data.convertLead.accountCreated", equalTo(true))
                .body("data.convertLead.lead.status", equalTo("CONVERTED"));
        GraphQL.asAdmin("mutation($id: ID!) { convertLead(id: $id) { accountId } }", Map.of("id", id))
                .body("errors.extensions.code", contains("CONFLICT"));
    }
}
