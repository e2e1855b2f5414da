package io.quintet.crm.report;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The forecast: every calendar period overlapping [from, to), in order, empty ones included. */
@Type("SalesForecastReport")
@Description("Every calendar month or quarter overlapping [from, to), empty ones included; only days in [from, to) count")
public record SalesForecastReport(
        @NonNull ReportPeriod period,
        @NonNull LocalDate from,
        @NonNull LocalDate to,
        @NonNull List<@NonNull ForecastPeriodTotals> periods) {
}
