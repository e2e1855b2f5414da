package io.quintet.crm.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Integrations;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;
import io.restassured.specification.RequestSpecification;

/**
 * What the reports refuse: malformed or unbounded parameters (400), unknown or foreign pipelines and teams (404),
 * callers without the right to read (403).
 */
@QuarkusTest
class ReportRulesTest {

    private static Tenants.TenantClient tenant;

    @BeforeEach
    void tenant() {
        if (tenant == null) {
            tenant = Tenants.create();
        }
    }

    @Test
    void aMalformedDateIsA400NamingIt() {
        Reports.get(tenant.spec(), "win-rate", "from", "2026-13-01", "to", "2027-01-01")
                .spec(Problems.invalid("from"));
    }

    @Test
    void aMissingDateIsA400NamingIt() {
        Reports.get(tenant.spec(), "lead-conversion", "to", "2027-01-01").spec(Problems.invalid("from"));
    }

    @Test
    void anUnknownPeriodIsA400() {
        Reports.get(tenant.spec(), "forecast", "period", "week", "from", "2026-01-01", "to", "2027-01-01")
                .spec(Problems.invalid("period"));
    }

    @Test
    void fromAfterToIsA400NamingTo() {
        Reports.get(tenant.spec(), "deal-size", "from", "2027-01-01", "to", "2026-01-01").spec(Problems.invalid("to"));
    }

    @Test
    void aRangeLongerThanFiveYearsIsA400() {
        Reports.get(tenant.spec(), "forecast", "period", "month", "from", "2020-01-01", "to", "2025-01-02")
                .spec(Problems.invalid("to"));
    }

    @Test
    void aMalformedPipelineIdIsA400NamingIt() {
        Reports.get(tenant.spec(), "pipeline-by-stage", "pipelineId", "not-an-id").spec(Problems.invalid("pipelineId"));
    }

    @Test
    void graphQLRefusesFromAfterTo() {
        GraphQL.post(tenant.spec(), "{ winRate(from: \"2027-01-01\", to: \"2026-01-01\") { won } }", Map.of())
                .statusCode(200)
                .body("data.winRate", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void anUnknownPipelineIsA404() {
        Reports.get(tenant.spec(), "pipeline-by-stage", "pipelineId", UUID.randomUUID()).spec(Problems.notFound());
        Reports.get(tenant.spec(), "forecast", "period", "month", "from", "2026-01-01", "to", "2027-01-01",
                "pipelineId", UUID.randomUUID()).spec(Problems.notFound());
    }

    @Test
    void anotherTenantsPipelineIsA404() {
        String theirs = Tenants.other().spec().body(Json.object("name", Unique.name("Their pipe"), "stages",
                List.of(Json.object("name", "Open", "probability", 10, "kind", "open"))))
                .when().post("/api/v1/pipelines").then().statusCode(201).extract().path("id");

        Reports.get(tenant.spec(), "pipeline-by-stage", "pipelineId", theirs).spec(Problems.notFound());
        Reports.get(tenant.spec(), "win-rate", "from", "2026-01-01", "to", "2027-01-01", "pipelineId", theirs)
                .spec(Problems.notFound());
        GraphQL.post(tenant.spec(), "query($p: ID) { pipelineByStage(pipelineId: $p) { pipelineName } }",
                Map.of("p", theirs))
                .statusCode(200)
                .body("data.pipelineByStage", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void anUnknownTeamIsA404() {
        Reports.get(tenant.spec(), "lead-conversion", "from", "2026-01-01", "to", "2027-01-01",
                "teamId", UUID.randomUUID()).spec(Problems.notFound());
    }

    @Test
    void aRoleWithoutReadOnOpportunitiesIsA403() {
        RequestSpecification blind = integration(role(Json.object("object", "account", "actions", List.of("read"))),
                List.of("accounts:read", "opportunities:read", "leads:read"));

        Reports.get(blind, "pipeline-by-stage").spec(Problems.problem(403, "forbidden"));
        Reports.get(blind, "win-rate", "from", "2026-01-01", "to", "2027-01-01")
                .spec(Problems.problem(403, "forbidden"));
        Reports.get(blind, "lead-conversion", "from", "2026-01-01", "to", "2027-01-01")
                .spec(Problems.problem(403, "forbidden"));
    }

    @Test
    void aTokenWithoutTheReadScopeIsA403() {
        RequestSpecification rep = integration("sales_rep", List.of("opportunities:read"));

        Reports.get(rep, "pipeline-by-stage").statusCode(200);
        Reports.get(rep, "lead-conversion", "from", "2026-01-01", "to", "2027-01-01")
                .spec(Problems.problem(403, "forbidden"))
                .body("detail", equalTo("The token lacks the scope leads:read needed to read leads"));
    }

    @Test
    void aReportSummingAFieldHiddenFromTheRoleIsA403NamingIt() {
        String role = role(Json.object("object", "opportunity", "actions", List.of("read")),
                Json.object("object", "opportunity", "field", "amount", "access", "hidden"));
        RequestSpecification amountBlind = integration(role, List.of("opportunities:read"));

        Reports.get(amountBlind, "pipeline-by-stage").spec(Problems.problem(403, "forbidden"))
                .body("errors.field", hasItem("amount"));
        Reports.get(amountBlind, "win-rate", "from", "2026-01-01", "to", "2027-01-01").statusCode(200);
    }

    @Test
    void filteringByOwnerWhenOwnerIdIsHiddenFromTheRoleIsA403NamingIt() {
        String role = role(Json.object("object", "opportunity", "actions", List.of("read")),
                Json.object("object", "opportunity", "field", "ownerId", "access", "hidden"));
        RequestSpecification ownerBlind = integration(role, List.of("opportunities:read"));

        Reports.get(ownerBlind, "pipeline-by-stage").statusCode(200);
        Reports.get(ownerBlind, "pipeline-by-stage", "ownerId", UUID.randomUUID().toString())
                .spec(Problems.problem(403, "forbidden"))
                .body("errors.field", hasItem("ownerId"));
    }

    @Test
    void graphQLRefusesACallerWithoutRead() {
        RequestSpecification blind = integration("sales_rep", List.of("accounts:read"));

        GraphQL.post(blind, "{ pipelineByStage { pipelineName } }", Map.of())
                .statusCode(200)
                .body("data.pipelineByStage", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    /** A new role of the tenant with this one permission and these field rules; its name. */
    @SafeVarargs
    private static String role(Map<String, Object> permission, Map<String, Object>... fieldRules) {
        String name = "report_role_" + Unique.suffix();
        tenant.spec().body(Json.object("name", name, "permissions", List.of(permission), "fieldRules",
                List.of(fieldRules)))
                .when().post("/api/v1/roles").then().log().ifValidationFails().statusCode(201);
        return name;
    }

    private static RequestSpecification integration(String role, List<String> scopes) {
        return Integrations.bearer(Integrations.token(tenant.spec(), role, scopes));
    }
}
