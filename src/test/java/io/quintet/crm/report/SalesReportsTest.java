package io.quintet.crm.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Database;
import io.quintet.crm.testsupport.GraphQL;
import io.restassured.response.ValidatableResponse;

/**
 * Each report over the fixed {@link SalesDataset}, checked against numbers worked out by hand from the table in
 * its comment: weighted = amount × probability / 100 per deal, summed, then rounded to cents.
 */
@QuarkusTest
class SalesReportsTest {

    private SalesDataset data;

    @BeforeEach
    void dataset() {
        data = SalesDataset.get(Database.ofService());
    }

    @Test
    void pipelineByStageCountsEveryStageInOrderWithAmountsPerCurrency() {
        report("pipeline-by-stage", "pipelineId", data.pipelineId).statusCode(200)
                .body("pipelineId", equalTo(data.pipelineId))
                .body("stages.name", contains("Lead", "Demo", "Proposal", "Won", "Lost"))
                .body("stages.kind", contains("open", "open", "open", "won", "lost"))
                .body("stages.probability", contains(10, 40, 60, 100, 0))
                // Lead: A1, A2, A8, A10; Demo: A3, A4 (no amount); Proposal: none; Won: A5, A9, A6; Lost: A7
                .body("stages.count", contains(4, 2, 0, 3, 1))
                .body("stages[0].amounts.currency", contains("EUR", "USD"))
                // EUR: A1 1000.00 + A8 250.50 + A10 999.00 = 2249.50;
                // weighted 1000 × 10 % = 100 + 250.50 × 15 % = 37.575 + 999 × 10 % = 99.90 → 237.475 → 237.48
                .body("stages[0].amounts[0].count", equalTo(3))
                .body("stages[0].amounts[0].amount", equalTo("2249.50"))
                .body("stages[0].amounts[0].weightedAmount", equalTo("237.48"))
                // USD: A2 500.00 at 10 %
                .body("stages[0].amounts[1].count", equalTo(1))
                .body("stages[0].amounts[1].amount", equalTo("500.00"))
                .body("stages[0].amounts[1].weightedAmount", equalTo("50.00"))
                // Demo: A3 2000.00 at its own 50 %; A4 counts but has no amount
                .body("stages[1].amounts.currency", contains("EUR"))
                .body("stages[1].amounts[0].count", equalTo(1))
                .body("stages[1].amounts[0].amount", equalTo("2000.00"))
                .body("stages[1].amounts[0].weightedAmount", equalTo("1000.00"))
                .body("stages[2].amounts", empty())
                // Won: A5 3000.00 + A9 1500.25 = 4500.25 EUR at 100 %; A6 700.00 USD
                .body("stages[3].amounts.currency", contains("EUR", "USD"))
                .body("stages[3].amounts.count", contains(2, 1))
                .body("stages[3].amounts.amount", contains("4500.25", "700.00"))
                .body("stages[3].amounts.weightedAmount", contains("4500.25", "700.00"))
                // Lost: A7 400.00 at 0 %
                .body("stages[4].amounts.amount", contains("400.00"))
                .body("stages[4].amounts.weightedAmount", contains("0.00"));
    }

    @Test
    void pipelineByStageNarrowsToOneOwner() {
        report("pipeline-by-stage", "pipelineId", data.pipelineId, "ownerId", SalesDataset.OWNER_A).statusCode(200)
                // owner A: Lead A1, A10; Demo A3; Won A5, A9
                .body("stages.count", contains(2, 1, 0, 2, 0))
                // A1 1000.00 + A10 999.00 = 1999.00; weighted 100.00 + 99.90 = 199.90
                .body("stages[0].amounts.amount", contains("1999.00"))
                .body("stages[0].amounts.weightedAmount", contains("199.90"))
                .body("stages[1].amounts.amount", contains("2000.00"))
                .body("stages[3].amounts.amount", contains("4500.25"))
                .body("stages[4].amounts", empty());
    }

    @Test
    void pipelineByStageDefaultsToTheDefaultPipeline() {
        report("pipeline-by-stage").statusCode(200)
                .body("pipelineName", equalTo("Sales"))
                .body("stages.name", contains("Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won",
                        "Closed Lost"))
                .body("stages.count", contains(0, 0, 0, 0, 0, 0));
    }

    @Test
    void forecastByMonthBucketsOpenDealsByCloseDateAndWonDealsByClosedAt() {
        ValidatableResponse response = report("forecast", "period", "month", "from", data.monthStart(0),
                "to", data.monthStart(6), "pipelineId", data.pipelineId).statusCode(200)
                .body("period", equalTo("month"))
                .body("periods.start", contains(data.monthStart(0).toString(), data.monthStart(1).toString(),
                        data.monthStart(2).toString(), data.monthStart(3).toString(), data.monthStart(4).toString(),
                        data.monthStart(5).toString()))
                .body("periods[0].period", equalTo(data.quarter.toString()))
                .body("periods[0].end", equalTo(data.monthStart(1).toString()))
                // q0: A1 and A3 (A10 closes before from); q0+1: A2 and A4 (no amount); q0+3: A8
                .body("periods.openCount", contains(2, 2, 0, 1, 0, 0))
                // q0 EUR: 1000.00 + 2000.00 = 3000.00; weighted 100.00 + 1000.00 = 1100.00
                .body("periods[0].open.currency", contains("EUR"))
                .body("periods[0].open[0].count", equalTo(2))
                .body("periods[0].open[0].amount", equalTo("3000.00"))
                .body("periods[0].open[0].weightedAmount", equalTo("1100.00"))
                .body("periods[0].open[0].pipeline", equalTo("1000.00"))
                .body("periods[0].open[0].bestCase", equalTo("0.00"))
                .body("periods[0].open[0].commit", equalTo("2000.00"))
                .body("periods[0].open[0].closed", equalTo("0.00"))
                .body("periods[0].open[0].omitted", equalTo("0.00"))
                // q0+1 USD: A2 500.00 at 10 %, best case
                .body("periods[1].open.currency", contains("USD"))
                .body("periods[1].open[0].amount", equalTo("500.00"))
                .body("periods[1].open[0].weightedAmount", equalTo("50.00"))
                .body("periods[1].open[0].bestCase", equalTo("500.00"))
                // q0+3 EUR: A8 250.50 at 15 % = 37.575 → 37.58, no category
                .body("periods[3].open[0].amount", equalTo("250.50"))
                .body("periods[3].open[0].weightedAmount", equalTo("37.58"))
                .body("periods[3].open[0].pipeline", equalTo("0.00"))
                .body("periods[2].open", empty());
        int wonMonth = data.wonMonthIndex();
        // A5, A9 (EUR 3000.00 + 1500.25) and A6 (USD 700.00) were won this month; A7 was lost
        response.body("periods[" + wonMonth + "].wonCount", equalTo(3))
                .body("periods[" + wonMonth + "].won.currency", contains("EUR", "USD"))
                .body("periods[" + wonMonth + "].won.count", contains(2, 1))
                .body("periods[" + wonMonth + "].won.amount", contains("4500.25", "700.00"))
                .body("periods.wonCount.sum()", equalTo(3));
    }

    @Test
    void forecastByQuarterAddsTheMonthsOfEachQuarter() {
        int quarterNumber = (data.quarter.getMonthValue() - 1) / 3 + 1;
        report("forecast", "period", "quarter", "from", data.monthStart(0), "to", data.monthStart(6),
                "pipelineId", data.pipelineId).statusCode(200)
                .body("period", equalTo("quarter"))
                .body("periods.start", contains(data.monthStart(0).toString(), data.monthStart(3).toString()))
                .body("periods[0].period", equalTo(data.quarter.getYear() + "-Q" + quarterNumber))
                // this quarter: A1, A3, A2, A4; next: A8
                .body("periods.openCount", contains(4, 1))
                .body("periods[0].open.currency", contains("EUR", "USD"))
                .body("periods[0].open.amount", contains("3000.00", "500.00"))
                .body("periods[0].open.weightedAmount", contains("1100.00", "50.00"))
                .body("periods[0].open.commit", contains("2000.00", "0.00"))
                .body("periods[0].open.bestCase", contains("0.00", "500.00"))
                .body("periods[0].wonCount", equalTo(3))
                .body("periods[0].won.amount", contains("4500.25", "700.00"))
                .body("periods[1].open.amount", contains("250.50"))
                .body("periods[1].open.weightedAmount", contains("37.58"))
                .body("periods[1].wonCount", equalTo(0));
    }

    @Test
    void winRateIsWonOverWonAndLostClosedInTheRange() {
        // won A5, A9, A6; lost A7: 3 / 4
        closedReport("win-rate").statusCode(200)
                .body("won", equalTo(3)).body("lost", equalTo(1)).body("winRate", equalTo(0.75f));
        // owner B: won A6, lost A7: 1 / 2
        closedReport("win-rate", "ownerId", SalesDataset.OWNER_B).statusCode(200)
                .body("won", equalTo(1)).body("lost", equalTo(1)).body("winRate", equalTo(0.5f));
    }

    @Test
    void winRateIsNullWhenNothingClosed() {
        report("win-rate", "from", "2020-01-01", "to", "2020-04-01", "pipelineId", data.pipelineId).statusCode(200)
                .body("won", equalTo(0)).body("lost", equalTo(0)).body("winRate", nullValue());
    }

    @Test
    void dealSizeAveragesWonAmountsPerCurrencyAndTheSalesCycle() {
        closedReport("deal-size").statusCode(200)
                .body("wonCount", equalTo(3))
                // EUR: (3000.00 + 1500.25) / 2 = 2250.125 → 2250.13; USD: 700.00 / 1
                .body("amounts.currency", contains("EUR", "USD"))
                .body("amounts.count", contains(2, 1))
                .body("amounts.totalAmount", contains("4500.25", "700.00"))
                .body("amounts.averageAmount", contains("2250.13", "700.00"))
                // A5 10 days, A9 3 days, A6 0 days (and a few seconds each): 13 / 3 = 4.33 → 4.3
                .body("averageSalesCycleDays", equalTo(4.3f));
    }

    @Test
    void dealSizeIsEmptyWhenNothingWasWon() {
        report("deal-size", "from", "2020-01-01", "to", "2020-04-01").statusCode(200)
                .body("wonCount", equalTo(0)).body("amounts", empty()).body("averageSalesCycleDays", nullValue());
    }

    @Test
    void leadConversionCountsConvertedLeadsPerSource() {
        leadReport().statusCode(200)
                // 7 leads, L1, L4, L5 converted: 3 / 7 = 0.428571 → 0.4286
                .body("leads", equalTo(7)).body("converted", equalTo(3)).body("conversionRate", equalTo(0.4286f))
                .body("sources.source", contains("web_form", "referral", "event", null))
                .body("sources.leads", contains(3, 2, 1, 1))
                .body("sources.converted", contains(1, 2, 0, 0))
                // 1 / 3 = 0.3333; 2 / 2; 0 / 1; 0 / 1
                .body("sources.conversionRate", contains(0.3333f, 1.0f, 0.0f, 0.0f));
    }

    @Test
    void leadConversionNarrowsToOneOwner() {
        leadReport("ownerId", SalesDataset.OWNER_A).statusCode(200)
                // owner A: L1 (converted), L2, L5 (converted), L7: 2 / 4
                .body("leads", equalTo(4)).body("converted", equalTo(2)).body("conversionRate", equalTo(0.5f))
                .body("sources.source", contains("web_form", "referral", null))
                .body("sources.leads", contains(2, 1, 1))
                .body("sources.converted", contains(1, 1, 0));
    }

    @Test
    void graphQLAnswersTheSameNumbers() {
        GraphQL.post(data.tenant.spec(), """
                query($pipeline: ID, $from: Date!, $to: Date!) {
                  pipelineByStage(pipelineId: $pipeline) { stages { name kind count amounts { currency amount weightedAmount } } }
                  salesForecast(period: QUARTER, from: $from, to: $to, pipelineId: $pipeline) {
                    period periods { openCount open { currency amount commit } wonCount }
                  }
                  winRate(from: $from, to: $to, pipelineId: $pipeline) { won lost winRate }
                  dealSize(from: $from, to: $to, pipelineId: $pipeline) { wonCount amounts { currency averageAmount } }
                }""", Map.of("pipeline", data.pipelineId, "from", data.monthStart(0).toString(),
                "to", data.monthStart(6).toString()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.pipelineByStage.stages.kind", contains("OPEN", "OPEN", "OPEN", "WON", "LOST"))
                .body("data.pipelineByStage.stages.count", contains(4, 2, 0, 3, 1))
                .body("data.pipelineByStage.stages[0].amounts.weightedAmount", contains("237.48", "50.00"))
                .body("data.salesForecast.period", equalTo("QUARTER"))
                .body("data.salesForecast.periods.openCount", contains(4, 1))
                .body("data.salesForecast.periods[0].open.commit", contains("2000.00", "0.00"))
                .body("data.winRate.winRate", equalTo(0.75f))
                .body("data.dealSize.amounts.averageAmount", contains("2250.13", "700.00"));
    }

    @Test
    void graphQLLeadConversionShowsSourcesAsEnums() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        GraphQL.post(data.tenant.spec(), """
                query($from: Date!, $to: Date!) {
                  leadConversion(from: $from, to: $to) { leads converted sources { source leads converted } }
                }""", Map.of("from", today.minusDays(1).toString(), "to", today.plusDays(2).toString()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.leadConversion.leads", equalTo(7))
                .body("data.leadConversion.sources.source", contains("WEB_FORM", "REFERRAL", "EVENT", null));
    }

    /** A report of the dataset's tenant, over the deals closed this run: [q0, q0 + 6 months) of its pipeline. */
    private ValidatableResponse closedReport(String name, Object... more) {
        return report(name, Reports.with(new Object[] { "from", data.monthStart(0), "to", data.monthStart(6),
                "pipelineId", data.pipelineId }, more));
    }

    /** The lead report over the days around the run, which created every lead of the dataset. */
    private ValidatableResponse leadReport(Object... more) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return report("lead-conversion", Reports.with(new Object[] { "from", today.minusDays(1),
                "to", today.plusDays(2) }, more));
    }

    private ValidatableResponse report(String name, Object... parameters) {
        return Reports.get(data.tenant.spec(), name, parameters);
    }
}
