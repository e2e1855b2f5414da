package io.quintet.crm.graphql;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;
import io.restassured.path.json.JsonPath;

/**
 * Every kind of field of a record type (String, Boolean, Int, ID, enum, money, Date, DateTime, list,
 * nested object) answers in GraphQL what REST reads for the same record; enums upper-case.
 */
@QuarkusTest
class GraphQLFieldValuesTest {

    @Test
    void anAccountReadsAsInRest() {
        String id = Records.createAccount(Json.object("name", Unique.name("Values"), "industry", "Software",
                "type", "customer", "employees", 42, "annualRevenue", Json.object("amount", "1234.50", "currency", "EUR"),
                "billingAddress", Json.object("city", "Lyon", "country", "FR"), "tags", List.of("b", "a")));
        JsonPath rest = Records.get(RecordType.ACCOUNTS, id).jsonPath();

        GraphQL.asAdmin("""
                query($id: ID!) { account(id: $id) { id name industry type employees version tags createdAt updatedAt
                  annualRevenue { amount currency } billingAddress { city country street } } }""", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.account.id", equalTo(rest.getString("id")))
                .body("data.account.name", equalTo(rest.getString("name")))
                .body("data.account.industry", equalTo(rest.getString("industry")))
                .body("data.account.type", equalTo(rest.getString("type").toUpperCase(Locale.ROOT)))
                .body("data.account.employees", equalTo(rest.getInt("employees")))
                .body("data.account.version", equalTo(rest.getInt("version")))
                .body("data.account.tags", equalTo(rest.getList("tags")))
                .body("data.account.createdAt", equalTo(rest.getString("createdAt")))
                .body("data.account.updatedAt", equalTo(rest.getString("updatedAt")))
                .body("data.account.annualRevenue.amount", equalTo(rest.getString("annualRevenue.amount")))
                .body("data.account.annualRevenue.currency", equalTo(rest.getString("annualRevenue.currency")))
                .body("data.account.billingAddress.city", equalTo(rest.getString("billingAddress.city")))
                .body("data.account.billingAddress.country", equalTo(rest.getString("billingAddress.country")))
                .body("data.account.billingAddress.street", nullValue());
    }

    @Test
    void aContactReadsAsInRest() {
        String accountId = Records.createAccount(Unique.name("Employer"));
        String id = Records.createContact(Json.object("firstName", "Ada", "lastName", Unique.name("Values"),
                "accountId", accountId, "doNotContact", true, "lifecycleStage", "customer"));
        JsonPath rest = Records.get(RecordType.CONTACTS, id).jsonPath();

        GraphQL.asAdmin("""
                query($id: ID!) { contact(id: $id) { id firstName lastName email accountId doNotContact lifecycleStage } }""",
                Map.of("id", id))
                .body("errors", nullValue())
                .body("data.contact.id", equalTo(rest.getString("id")))
                .body("data.contact.firstName", equalTo(rest.getString("firstName")))
                .body("data.contact.lastName", equalTo(rest.getString("lastName")))
                .body("data.contact.email", nullValue())
                .body("data.contact.accountId", equalTo(rest.getString("accountId")))
                .body("data.contact.doNotContact", equalTo(rest.getBoolean("doNotContact")))
                .body("data.contact.lifecycleStage", equalTo(rest.getString("lifecycleStage").toUpperCase(Locale.ROOT)));
    }

    @Test
    void anOpportunityReadsAsInRest() {
        String accountId = Records.createAccount(Unique.name("Buyer"));
        String id = asAdmin().body(Json.object("name", Unique.name("Deal"), "accountId", accountId,
                "amount", Json.object("amount", "99.90", "currency", "USD"), "closeDate", "2026-12-31",
                "probability", 35))
                .when().post("/api/v1/opportunities").then().statusCode(201).extract().path("id");
        JsonPath rest = asAdmin().when().get("/api/v1/opportunities/" + id).then().statusCode(200).extract().jsonPath();

        GraphQL.asAdmin("""
                query($id: ID!) { opportunity(id: $id) { id name accountId stageId status probability
                  amountFromLineItems closeDate closedAt amount { amount currency } } }""", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.opportunity.id", equalTo(rest.getString("id")))
                .body("data.opportunity.name", equalTo(rest.getString("name")))
                .body("data.opportunity.accountId", equalTo(rest.getString("accountId")))
                .body("data.opportunity.stageId", equalTo(rest.getString("stageId")))
                .body("data.opportunity.status", equalTo(rest.getString("status").toUpperCase(Locale.ROOT)))
                .body("data.opportunity.probability", equalTo(rest.getInt("probability")))
                .body("data.opportunity.amountFromLineItems", equalTo(rest.getBoolean("amountFromLineItems")))
                .body("data.opportunity.closeDate", equalTo(rest.getString("closeDate")))
                .body("data.opportunity.closedAt", nullValue())
                .body("data.opportunity.amount.amount", equalTo(rest.getString("amount.amount")))
                .body("data.opportunity.amount.currency", equalTo(rest.getString("amount.currency")));
    }
}
