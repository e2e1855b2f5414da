package io.quintet.crm.report;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/**
 * REST API of the sales reports: {@code /api/v1/reports/…}. Amounts are never added across currencies: every total
 * comes per currency.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    private final SalesReports reports;

    ReportResource(SalesReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("pipeline-by-stage")
    @Operation(summary = "Pipeline by stage", description = "Every stage of the pipeline in order, zero-count ones "
            + "included, with the opportunities currently in it: count, and per currency sum and "
            + "probability-weighted sum. Takes pipelineId, ownerId, teamId")
    public Uni<PipelineByStageReport> pipelineByStage(@BeanParam ReportParams params) {
        return reports.pipelineByStage(params.filter());
    }

    @GET
    @Path("forecast")
    @Operation(summary = "Sales forecast by month or quarter", description = "Per calendar period: open opportunities "
            + "whose closeDate is in it (count, per currency amount, weighted amount and amount per forecast "
            + "category) and opportunities won (closedAt) in it. Takes period, from, to, pipelineId, ownerId, teamId")
    public Uni<SalesForecastReport> forecast(@BeanParam ReportParams params) {
        return reports.forecast(params.reportPeriod(), params.fromDay(), params.toDay(), params.filter());
    }

    @GET
    @Path("win-rate")
    @Operation(summary = "Win rate", description = "won / (won + lost) among opportunities closed (closedAt) in "
            + "[from, to); null when none closed. Takes from, to, pipelineId, ownerId, teamId")
    public Uni<WinRateReport> winRate(@BeanParam ReportParams params) {
        return reports.winRate(params.fromDay(), params.toDay(), params.filter());
    }

    @GET
    @Path("deal-size")
    @Operation(summary = "Average deal size and sales cycle", description = "Of opportunities won (closedAt) in "
            + "[from, to): average amount per currency, average days from createdAt to closedAt. Takes from, to, "
            + "pipelineId, ownerId, teamId")
    public Uni<DealSizeReport> dealSize(@BeanParam ReportParams params) {
        return reports.dealSize(params.fromDay(), params.toDay(), params.filter());
    }

    @GET
    @Path("lead-conversion")
    @Operation(summary = "Lead conversion by source", description = "Leads created in [from, to) and how many of "
            + "them are converted, in total and per source. Takes from, to, ownerId, teamId")
    public Uni<LeadConversionReport> leadConversion(@BeanParam ReportParams params) {
        return reports.leadConversion(params.fromDay(), params.toDay(), params.filter());
    }
}
