package io.quintet.crm.report;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

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
    public Uni<PipelineByStageReport> pipelineByStage(@BeanParam ReportFilterParams filter) {
        return reports.pipelineByStage(filter.filter());
    }

    @GET
    @Path("forecast")
    @Operation(summary = "Sales forecast by month or quarter", description = "Per calendar period: open opportunities "
            + "whose closeDate is in it (count, per currency amount, weighted amount and amount per forecast "
            + "category) and opportunities won (closedAt) in it. Takes period, from, to, pipelineId, ownerId, teamId")
    public Uni<SalesForecastReport> forecast(
            @RestQuery @Parameter(description = "month or quarter; required") String period,
            @BeanParam ReportRangeParams range, @BeanParam ReportFilterParams filter) {
        return reports.forecast(ReportRange.period(period), range.fromDay(), range.toDay(), filter.filter());
    }

    @GET
    @Path("win-rate")
    @Operation(summary = "Win rate", description = "won / (won + lost) among opportunities closed (closedAt) in "
            + "[from, to); null when none closed. Takes from, to, pipelineId, ownerId, teamId")
    public Uni<WinRateReport> winRate(@BeanParam ReportRangeParams range, @BeanParam ReportFilterParams filter) {
        return reports.winRate(range.fromDay(), range.toDay(), filter.filter());
    }

    @GET
    @Path("deal-size")
    @Operation(summary = "Average deal size and sales cycle", description = "Of opportunities won (closedAt) in "
            + "[from, to): average amount per currency, average days from createdAt to closedAt. Takes from, to, "
            + "pipelineId, ownerId, teamId")
    public Uni<DealSizeReport> dealSize(@BeanParam ReportRangeParams range, @BeanParam ReportFilterParams filter) {
        return reports.dealSize(range.fromDay(), range.toDay(), filter.filter());
    }

    @GET
    @Path("lead-conversion")
    @Operation(summary = "Lead conversion by source", description = "Leads created in [from, to) and how many of "
            + "them are converted, in total and per source. Takes from, to, ownerId, teamId")
    public Uni<LeadConversionReport> leadConversion(@BeanParam ReportRangeParams range,
            @RestQuery @Parameter(description = "Only leads owned by this user") String ownerId,
            @RestQuery @Parameter(description = "Only leads owned by the team's manager, its members, and the members "
                    + "of the teams they manage, down the tree") String teamId) {
        return reports.leadConversion(range.fromDay(), range.toDay(), ReportFilter.id("ownerId", ownerId),
                ReportFilter.id("teamId", teamId));
    }
}
