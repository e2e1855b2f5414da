package io.quintet.crm.report;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** One month or quarter of a forecast. */
@Type("ForecastPeriodTotals")
@Description("One calendar month or quarter: open opportunities closing in it and opportunities won in it")
public record ForecastPeriodTotals(
        @NonNull @Description("2026-11 or 2026-Q4") String period,
        @NonNull @Description("The period's first day") LocalDate start,
        @NonNull @Description("The day after the period's last day") LocalDate end,
        @Description("Open opportunities whose closeDate is in the period, with or without an amount")
                @NonNull @ToScalar(Scalar.Int.class) long openCount,
        @NonNull List<@NonNull ForecastAmounts> open,
        @Description("Opportunities won (closedAt) in the period, with or without an amount")
                @NonNull @ToScalar(Scalar.Int.class) long wonCount,
        @NonNull List<@NonNull WonAmounts> won) {
}
