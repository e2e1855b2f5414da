package io.quintet.crm.lead;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;

/**
 * The lead's own rules (the shared record behaviour runs for leads through {@link RecordType#LEADS}): a name
 * or a company, a reason to disqualify, a status that only conversion sets, and the GraphQL API.
 */
@QuarkusTest
class LeadRecordTest {

    private static final RecordType LEADS = RecordType.LEADS;

    @Test
    void startsNewWithAScoreAndNoConversion() {
        String id = Records.create(LEADS, Json.object("company", Unique.name("Startup")));

        Records.get(LEADS, id).then()
                .body("status", equalTo("new"))
                .body("score", equalTo(0))
                .body("convertedAt", nullValue())
                .body("convertedAccountId", nullValue());
    }

    @Test
    void needsANameOrACompany() {
        String label = Unique.name("Nameless");

        asAdmin().body(Json.object("title", label)).when().post(LEADS.path())
                .then().spec(Problems.invalid("lastName"));
        assertThat(Records.idsWhere(LEADS, "title==\"" + label + "\""), empty());
    }

    @Test
    void refusesToDisqualifyWithoutAReasonAndKeepsTheStatus() {
        String id = Records.create(LEADS, Json.object("lastName", Unique.name("Maybe"), "status", "working"));

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object("status", "disqualified")))
                .when().patch(LEADS.path(id))
                .then().spec(Problems.invalid("disqualificationReason"));
        Records.get(LEADS, id).then().body("status", equalTo("working")).body("version", equalTo(0));
    }

    @Test
    void disqualifiesWithAReason() {
        String id = Records.create(LEADS, Json.object("lastName", Unique.name("No budget")));

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object("status", "disqualified",
                "disqualificationReason", "No budget this year")))
                .when().patch(LEADS.path(id))
                .then().statusCode(200).body("status", equalTo("disqualified"));
    }

    @Test
    void refusesConvertedAsAStatusToWrite() {
        String label = Unique.name("Shortcut");

        asAdmin().body(Json.object("lastName", label, "status", "converted")).when().post(LEADS.path())
                .then().spec(Problems.invalid("status"));
        assertThat(Records.idsWhere(LEADS, LEADS.labelFilter(label)), empty());
    }

    @Test
    void refusesAWriteToTheScore() {
        String id = Records.create(LEADS, Json.object("lastName", Unique.name("Gamer")));

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object("score", 99)))
                .when().patch(LEADS.path(id))
                .then().statusCode(400);
        Records.get(LEADS, id).then().body("score", equalTo(0)).body("version", equalTo(0));
    }

    @Test
    void filtersBySourceAndStatus() {
        String label = Unique.name("Filtered");
        String referred = Records.create(LEADS, Json.object("lastName", label, "source", "referral"));
        Records.create(LEADS, Json.object("lastName", label, "source", "event"));

        assertThat(Records.idsWhere(LEADS, LEADS.labelFilter(label) + ";source==referral;status==new"),
                contains(referred));
    }

    @Test
    void createsUpdatesAndListsThroughGraphQL() {
        String label = Unique.name("GraphQL lead");
        String id = GraphQL.asAdmin("""
                mutation($label: String) { createLead(input: { lastName: $label, company: "Initech",
                  source: PARTNER, rating: HOT, companySize: 40 }) { id status source rating score } }""",
                Map.of("label", label))
                .body("errors", nullValue())
                .body("data.createLead.status", equalTo("NEW"))
                .body("data.createLead.source", equalTo("PARTNER"))
                .extract().path("data.createLead.id");

        GraphQL.asAdmin("mutation($id: ID!) { updateLead(id: $id, input: { status: WORKING }) { status version } }",
                Map.of("id", id))
                .body("errors", nullValue())
                .body("data.updateLead.status", equalTo("WORKING"))
                .body("data.updateLead.version", equalTo(1));
        GraphQL.asAdmin("""
                query($label: String) { leads(filter: { lastName: { eq: $label }, rating: { eq: HOT } }) {
                  edges { node { id company } } } }""", Map.of("label", label))
                .body("errors", nullValue())
                .body("data.leads.edges.node.id", contains(id));
    }
}
