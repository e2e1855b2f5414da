package io.quintet.crm.lead;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Database;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;
import io.quintet.crm.testsupport.keycloak.SsoTenant;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Converting a lead with an opportunity: in the default pipeline's first stage (made on the spot in a new
 * tenant) or a given pipeline and stage, for the account and contact the conversion came to, with the
 * lead's owner, campaign and source; a bad pipeline or stage writes nothing; every record created is
 * announced.
 */
@QuarkusTest
class LeadConversionOpportunityTest {

    private static final String PIPELINES = "/api/v1/pipelines";

    private Database database() {
        return Database.ofService();
    }

    private static String createLead(RequestSpecification as, Map<String, Object> body) {
        return as.body(body).when().post("/api/v1/leads").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    private static JsonPath convert(RequestSpecification as, String leadId, Map<String, Object> opportunity) {
        return as.body(Json.object("opportunity", opportunity)).when().post("/api/v1/leads/" + leadId + "/convert")
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    private static JsonPath read(RequestSpecification as, String path) {
        return as.when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath pipeline(RequestSpecification as) {
        return as.body(Json.object("name", Unique.name("Inbound"), "stages", List.of(
                Json.object("name", "Discovery", "probability", 15, "kind", "open"),
                Json.object("name", "Trial", "probability", 60, "kind", "open"),
                Json.object("name", "Won", "probability", 100, "kind", "won"))))
                .when().post(PIPELINES).then().statusCode(201).extract().jsonPath();
    }

    /** How many accounts, contacts and opportunities the tenant has, and how many of its leads are converted. */
    private List<Long> rows(String tenantId) {
        UUID tenant = UUID.fromString(tenantId);
        return List.of(database().count("select count(*) from account where tenant_id = ?", tenant),
                database().count("select count(*) from contact where tenant_id = ?", tenant),
                database().count("select count(*) from opportunity where tenant_id = ?", tenant),
                database().count("select count(*) from lead where tenant_id = ? and status = 'CONVERTED'", tenant),
                database().count("select count(*) from outbox_event where tenant_id = ?", tenant));
    }

    @Test
    void opensTheOpportunityInTheFirstStageOfTheDefaultPipelineOfANewTenant() {
        Tenants.TenantClient tenant = Tenants.create();
        String campaign = UUID.randomUUID().toString();
        String lead = createLead(tenant.spec(), Json.object("lastName", "First", "company", Unique.name("Fresh"),
                "email", "first@" + Unique.suffix().toLowerCase() + ".example.org", "source", "referral",
                "campaignId", campaign));

        JsonPath conversion = convert(tenant.spec(), lead, Json.object("name", "Fresh deal", "amount",
                Json.object("amount", "1200.50", "currency", "EUR"), "closeDate", "2027-03-31"));

        String opportunity = conversion.getString("opportunityId");
        JsonPath pipelines = read(tenant.spec(), PIPELINES + "?filter=isDefault==true");
        JsonPath found = read(tenant.spec(), "/api/v1/opportunities/" + opportunity);
        assertEquals(pipelines.getString("data[0].id"), found.getString("pipelineId"));
        assertEquals(pipelines.getString("data[0].stages[0].id"), found.getString("stageId"));
        assertEquals("Prospecting", pipelines.getString("data[0].stages[0].name"));
        assertEquals(10, found.getInt("probability"));
        assertEquals(conversion.getString("accountId"), found.getString("accountId"));
        assertEquals(conversion.getString("contactId"), found.getString("primaryContactId"));
        assertEquals(campaign, found.getString("campaignId"));
        assertEquals("referral", found.getString("leadSource"));
        assertEquals("new_business", found.getString("type"));
        assertEquals("1200.50", found.getString("amount.amount"));
        assertEquals("2027-03-31", found.getString("closeDate"));
        assertEquals(opportunity, read(tenant.spec(), "/api/v1/leads/" + lead).getString("convertedOpportunityId"));
    }

    @Test
    void opensTheOpportunityInTheGivenPipelineAndStage() {
        JsonPath pipeline = pipeline(asAdmin());
        String trial = pipeline.getString("stages[1].id");
        String lead = createLead(asAdmin(), Json.object("lastName", "Staged", "company", Unique.name("Staged")));

        String opportunity = convert(asAdmin(), lead, Json.object("name", "Staged deal", "pipelineId",
                pipeline.getString("id"), "stageId", trial, "type", "upsell")).getString("opportunityId");

        asAdmin().when().get("/api/v1/opportunities/" + opportunity).then().statusCode(200)
                .body("pipelineId", equalTo(pipeline.getString("id")))
                .body("stageId", equalTo(trial))
                .body("probability", equalTo(60))
                .body("type", equalTo("upsell"));
        asAdmin().when().get("/api/v1/opportunities/" + opportunity + "/stage-history").then().statusCode(200)
                .body("data.toStageName", equalTo(List.of("Trial")));
    }

    @Test
    void givesTheOpportunityTheLeadsOwner() {
        String erin = SsoTenant.userId("erin");
        String lead = createLead(SsoTenant.adminClient(), Json.object("lastName", "Owned", "company",
                Unique.name("Owned"), "ownerId", erin));

        String opportunity = convert(SsoTenant.adminClient(), lead, Json.object("name", "Erin's deal"))
                .getString("opportunityId");

        SsoTenant.adminClient().when().get("/api/v1/opportunities/" + opportunity).then().statusCode(200)
                .body("ownerId", equalTo(erin));
    }

    @Test
    void writesNothingWhenThePipelineDoesNotExist() {
        Tenants.TenantClient tenant = Tenants.create();
        String lead = createLead(tenant.spec(), Json.object("lastName", "Lost", "company", Unique.name("Lost"),
                "email", "lost@" + Unique.suffix().toLowerCase() + ".example.org"));
        List<Long> before = rows(tenant.id());

        tenant.spec().body(Json.object("opportunity", Json.object("name", "Nowhere", "pipelineId",
                UUID.randomUUID().toString())))
                .when().post("/api/v1/leads/" + lead + "/convert")
                .then().spec(Problems.invalid("opportunity.pipelineId"));

        assertEquals(before, rows(tenant.id()));
        tenant.spec().when().get("/api/v1/leads/" + lead).then().statusCode(200)
                .body("status", equalTo("new")).body("version", equalTo(0))
                .body("convertedAccountId", nullValue());
    }

    @Test
    void refusesAnotherTenantsPipelineAndWritesNothing() {
        Tenants.TenantClient tenant = Tenants.create();
        String foreignPipeline = pipeline(asAdmin()).getString("id");
        String lead = createLead(tenant.spec(), Json.object("lastName", "Foreign", "company", Unique.name("Foreign")));
        List<Long> before = rows(tenant.id());

        tenant.spec().body(Json.object("opportunity", Json.object("name", "Borrowed", "pipelineId", foreignPipeline)))
                .when().post("/api/v1/leads/" + lead + "/convert")
                .then().spec(Problems.invalid("opportunity.pipelineId"));

        assertEquals(before, rows(tenant.id()));
    }

    @Test
    void refusesAStageOfAnotherPipeline() {
        String defaultStage = read(asAdmin(), PIPELINES + "?filter=isDefault==true").getString("data[0].stages[1].id");
        String pipeline = pipeline(asAdmin()).getString("id");
        String company = Unique.name("Mismatch");
        String lead = createLead(asAdmin(), Json.object("lastName", "Mismatch", "company", company));

        asAdmin().body(Json.object("opportunity", Json.object("name", "Mismatched", "pipelineId", pipeline,
                "stageId", defaultStage)))
                .when().post("/api/v1/leads/" + lead + "/convert")
                .then().spec(Problems.invalid("opportunity.stageId"));
        assertThat(Records.idsWhere(RecordType.ACCOUNTS, "name==\"" + company + "\""), equalTo(List.of()));
    }

    @Test
    void refusesAnOpportunityWithoutAName() {
        String lead = createLead(asAdmin(), Json.object("lastName", "Nameless", "company", Unique.name("Nameless")));

        asAdmin().body(Json.object("opportunity", Json.object("amount", Json.object("amount", "5", "currency",
                "USD"))))
                .when().post("/api/v1/leads/" + lead + "/convert")
                .then().spec(Problems.invalid("opportunity.name"));
        asAdmin().when().get("/api/v1/leads/" + lead).then().body("status", equalTo("new"));
    }

    @Test
    void announcesEveryRecordTheConversionCreated() {
        String lead = createLead(asAdmin(), Json.object("lastName", "Announced", "company", Unique.name("Announced"),
                "email", "a@" + Unique.suffix().toLowerCase() + ".example.org"));

        JsonPath conversion = convert(asAdmin(), lead, Json.object("name", "Announced deal"));

        Database database = database();
        assertThat(database.outboxEvents(conversion.getString("accountId")).stream()
                .map(Database.OutboxEvent::eventType).toList(), containsInAnyOrder("account.created"));
        assertThat(database.outboxEvents(conversion.getString("contactId")).stream()
                .map(Database.OutboxEvent::eventType).toList(), containsInAnyOrder("contact.created"));
        assertThat(database.outboxEvents(conversion.getString("opportunityId")).stream()
                .map(Database.OutboxEvent::eventType).toList(), containsInAnyOrder("opportunity.created"));
        assertThat(database.outboxEvents(lead).stream().map(Database.OutboxEvent::eventType).toList(),
                hasItems("lead.created", "lead.converted"));
        assertThat(database.auditEntries(conversion.getString("opportunityId")).stream()
                .map(Database.AuditEntry::action).toList(), containsInAnyOrder("created"));
        Database.OutboxEvent converted = database.outboxEvents(lead).stream()
                .filter(event -> event.eventType().equals("lead.converted")).findFirst().orElseThrow();
        assertEquals(conversion.getString("opportunityId"),
                converted.payload().path("data").path("record").path("convertedOpportunityId").asText());
    }

    @Test
    void convertsWithAnOpportunityThroughGraphQL() {
        String lead = createLead(asAdmin(), Json.object("lastName", "Graphed", "company", Unique.name("Graphed")));

        String opportunity = GraphQL.asAdmin("""
                mutation($id: ID!) { convertLead(id: $id, input: { opportunity: { name: "Graph deal",
                    amount: { amount: "99.00", currency: "USD" } } }) { opportunityId lead { convertedOpportunityId } } }""",
                Map.of("id", lead))
                .body("errors", nullValue())
                .extract().path("data.convertLead.opportunityId");

        GraphQL.asAdmin("query($id: ID!) { opportunity(id: $id) { name amount { amount currency } } }",
                Map.of("id", opportunity))
                .body("errors", nullValue())
                .body("data.opportunity.name", equalTo("Graph deal"))
                .body("data.opportunity.amount.amount", equalTo("99.00"));
    }
}
