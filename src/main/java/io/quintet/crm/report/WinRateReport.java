package io.quintet.crm.report;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** Won and lost opportunities closed in [from, to), and the share won. */
@Type("WinRateReport")
@Description("Opportunities closed (closedAt) in [from, to): won, lost, and won / (won + lost)")
public record WinRateReport(
        @NonNull LocalDate from,
        @NonNull LocalDate to,
        @NonNull @ToScalar(Scalar.Int.class) long won,
        @NonNull @ToScalar(Scalar.Int.class) long lost,
        @Description("won / (won + lost), 0 to 1, rounded to 4 decimals; null when none closed") Double winRate) {
}
