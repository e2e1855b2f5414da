package io.quintet.crm.report;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

/** GraphQL queries of the sales reports, with the arguments and fields of the REST ones. */
@GraphQLApi
public class ReportGraphQL {

    private final SalesReports reports;

    ReportGraphQL(SalesReports reports) {
        this.reports = reports;
    }

    @Query("pipelineByStage")
    @Description("Every stage of the pipeline (the default one when pipelineId is omitted) with the opportunities "
            + "currently in it; amounts per currency")
    public Uni<PipelineByStageReport> pipelineByStage(@Id String pipelineId, @Id String ownerId, @Id String teamId) {
        return reports.pipelineByStage(filter(pipelineId, ownerId, teamId));
    }

    @Query("salesForecast")
    @Description("Per calendar month or quarter overlapping [from, to): open opportunities closing in it and "
            + "opportunities won in it; amounts per currency")
    public Uni<SalesForecastReport> salesForecast(@NonNull ReportPeriod period, @NonNull LocalDate from,
            @NonNull LocalDate to, @Id String pipelineId, @Id String ownerId, @Id String teamId) {
        return reports.forecast(period, from, to, filter(pipelineId, ownerId, teamId));
    }

    @Query("winRate")
    @Description("won / (won + lost) among opportunities closed in [from, to)")
    public Uni<WinRateReport> winRate(@NonNull LocalDate from, @NonNull LocalDate to, @Id String pipelineId,
            @Id String ownerId, @Id String teamId) {
        return reports.winRate(from, to, filter(pipelineId, ownerId, teamId));
    }

    @Query("dealSize")
    @Description("Average amount per currency and average sales cycle of opportunities won in [from, to)")
    public Uni<DealSizeReport> dealSize(@NonNull LocalDate from, @NonNull LocalDate to, @Id String pipelineId,
            @Id String ownerId, @Id String teamId) {
        return reports.dealSize(from, to, filter(pipelineId, ownerId, teamId));
    }

    @Query("leadConversion")
    @Description("Leads created in [from, to) and how many are converted, in total and per source")
    public Uni<LeadConversionReport> leadConversion(@NonNull LocalDate from, @NonNull LocalDate to,
            @Id String ownerId, @Id String teamId) {
        return reports.leadConversion(from, to, ReportFilter.id("ownerId", ownerId), ReportFilter.id("teamId", teamId));
    }

    private static ReportFilter filter(String pipelineId, String ownerId, String teamId) {
        return new ReportFilter(ReportFilter.id("pipelineId", pipelineId), ReportFilter.id("ownerId", ownerId),
                ReportFilter.id("teamId", teamId));
    }
}
