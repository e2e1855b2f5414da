package io.quintet.crm.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quintet.crm.testsupport.Database;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;
import io.restassured.path.json.JsonPath;

/**
 * The fixed dataset of the report tests, made through the API in a tenant of its own (so no other test's records
 * count). Owners A and B are plain ids: nothing checks an owner on create, and the tenant's admin client reads all.
 *
 * <p>Pipeline stages: Lead 10 % (open), Demo 40 % (open), Proposal 60 % (open, stays empty), Won (won), Lost (lost).
 * Months are counted from {@code quarter}, the first month of the current quarter (q0):
 *
 * <pre>
 *  deal  stage     amount       owner  probability  closeDate       forecast   notes
 *  A1    Lead      1000.00 EUR  A      10           q0, day 1       pipeline
 *  A2    Lead       500.00 USD  B      10           q0+1, day 1     best_case
 *  A8    Lead       250.50 EUR  B      15 (set)     q0+3, day 1     -
 *  A10   Lead       999.00 EUR  A      10           q0-1, day 1     pipeline   closes before every report range
 *  A3    Demo      2000.00 EUR  A      50 (set)     q0, day 15      commit
 *  A4    Demo      (no amount)  B      40           q0+1, day 10    -
 *  A5    Won       3000.00 EUR  A      100          -               -          created 10 days before it was won
 *  A9    Won       1500.25 EUR  A      100          -               -          created 3 days before it was won
 *  A6    Won        700.00 USD  B      100          -               -          created when it was won
 *  A7    Lost       400.00 EUR  B      0            -               -
 * </pre>
 *
 * Won and lost deals are created in their stage, so their closedAt is the time of the run (in the current month).
 *
 * <p>Leads, all created during the run: L1 web_form A converted, L2 web_form A, L3 web_form B, L4 referral B
 * converted, L5 referral A converted, L6 event B, L7 (no source) A.
 */
final class SalesDataset {

    static final String OWNER_A = UUID.randomUUID().toString();
    static final String OWNER_B = UUID.randomUUID().toString();

    private static SalesDataset made;

    final Tenants.TenantClient tenant;
    final String pipelineId;
    /** The first month of the quarter the run started in. */
    final YearMonth quarter;
    /** The month the run started in, when the won deals were closed. */
    final YearMonth month;

    private SalesDataset(Tenants.TenantClient tenant, String pipelineId, YearMonth quarter, YearMonth month) {
        this.tenant = tenant;
        this.pipelineId = pipelineId;
        this.quarter = quarter;
        this.month = month;
    }

    static synchronized SalesDataset get(Database database) {
        if (made == null) {
            made = make(database);
        }
        return made;
    }

    /** The first day of the month {@code offset} months after the quarter's first month. */
    LocalDate monthStart(int offset) {
        return quarter.plusMonths(offset).atDay(1);
    }

    /** How many months after the quarter's first month the run's month is: the forecast bucket of the won deals. */
    int wonMonthIndex() {
        return (int) quarter.until(month, ChronoUnit.MONTHS);
    }

    private static SalesDataset make(Database database) {
        Tenants.TenantClient tenant = Tenants.create();
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        YearMonth quarter = month.minusMonths((month.getMonthValue() - 1) % 3);
        JsonPath pipeline = tenant.spec().body(Json.object("name", Unique.name("Report pipe"), "stages", List.of(
                stage("Lead", 10, "open"), stage("Demo", 40, "open"), stage("Proposal", 60, "open"),
                stage("Won", 100, "won"), stage("Lost", 0, "lost"))))
                .when().post("/api/v1/pipelines").then().statusCode(201).extract().jsonPath();
        String pipelineId = pipeline.getString("id");
        SalesDataset dataset = new SalesDataset(tenant, pipelineId, quarter, month);
        String account = tenant.spec().body(Map.of("name", Unique.name("Report buyer")))
                .when().post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        String lead = pipeline.getString("stages.find { it.name == 'Lead' }.id");
        String demo = pipeline.getString("stages.find { it.name == 'Demo' }.id");
        String won = pipeline.getString("stages.find { it.name == 'Won' }.id");
        String lost = pipeline.getString("stages.find { it.name == 'Lost' }.id");

        dataset.deal(account, lead, money("1000.00", "EUR"), OWNER_A, null, dataset.monthStart(0), "pipeline");
        dataset.deal(account, lead, money("500.00", "USD"), OWNER_B, null, dataset.monthStart(1), "best_case");
        dataset.deal(account, lead, money("250.50", "EUR"), OWNER_B, 15, dataset.monthStart(3), null);
        dataset.deal(account, lead, money("999.00", "EUR"), OWNER_A, null, dataset.monthStart(-1), "pipeline");
        dataset.deal(account, demo, money("2000.00", "EUR"), OWNER_A, 50, dataset.monthStart(0).plusDays(14), "commit");
        dataset.deal(account, demo, null, OWNER_B, null, dataset.monthStart(1).plusDays(9), null);
        String a5 = dataset.deal(account, won, money("3000.00", "EUR"), OWNER_A, null, null, null);
        String a9 = dataset.deal(account, won, money("1500.25", "EUR"), OWNER_A, null, null, null);
        dataset.deal(account, won, money("700.00", "USD"), OWNER_B, null, null, null);
        dataset.deal(account, lost, money("400.00", "EUR"), OWNER_B, null, null, null);
        // No API sets createdAt: the sales cycle needs deals created before they were won.
        backdateCreation(database, a5, 10);
        backdateCreation(database, a9, 3);

        dataset.lead("web_form", OWNER_A, true);
        dataset.lead("web_form", OWNER_A, false);
        dataset.lead("web_form", OWNER_B, false);
        dataset.lead("referral", OWNER_B, true);
        dataset.lead("referral", OWNER_A, true);
        dataset.lead("event", OWNER_B, false);
        dataset.lead(null, OWNER_A, false);
        return dataset;
    }

    private String deal(String account, String stageId, Map<String, Object> amount, String owner,
            Integer probability, LocalDate closeDate, String forecastCategory) {
        Map<String, Object> body = Json.object("name", Unique.name("Report deal"), "accountId", account,
                "pipelineId", pipelineId, "stageId", stageId, "ownerId", owner);
        if (amount != null) {
            body.put("amount", amount);
        }
        if (probability != null) {
            body.put("probability", probability);
        }
        if (closeDate != null) {
            body.put("closeDate", closeDate.toString());
        }
        if (forecastCategory != null) {
            body.put("forecastCategory", forecastCategory);
        }
        return tenant.spec().body(body).when().post("/api/v1/opportunities").then().log().ifValidationFails()
                .statusCode(201).extract().path("id");
    }

    private void lead(String source, String owner, boolean converted) {
        String name = Unique.name("Lead");
        Map<String, Object> body = Json.object("lastName", name, "company", name + " Ltd", "email", Unique.email(),
                "ownerId", owner);
        if (source != null) {
            body.put("source", source);
        }
        String id = tenant.spec().body(body).when().post("/api/v1/leads").then().log().ifValidationFails()
                .statusCode(201).extract().path("id");
        if (converted) {
            tenant.spec().body(Map.of()).when().post("/api/v1/leads/" + id + "/convert").then().log()
                    .ifValidationFails().statusCode(200);
        }
    }

    private static void backdateCreation(Database database, String opportunityId, int days) {
        database.query("update opportunity set created_at = created_at - make_interval(days => ?) where id = ? "
                + "returning id", days, UUID.fromString(opportunityId));
    }

    private static Map<String, Object> stage(String name, int probability, String kind) {
        return Json.object("name", name, "probability", probability, "kind", kind);
    }

    private static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }
}
