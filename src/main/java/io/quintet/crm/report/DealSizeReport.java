package io.quintet.crm.report;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** Average size and sales cycle of the opportunities won in [from, to). */
@Type("DealSizeReport")
@Description("Opportunities won (closedAt) in [from, to): average amount per currency, average sales cycle")
public record DealSizeReport(
        @NonNull LocalDate from,
        @NonNull LocalDate to,
        @Description("Won opportunities, with or without an amount") @NonNull @ToScalar(Scalar.Int.class) long wonCount,
        @Description("Average days from createdAt to closedAt of the won opportunities, rounded to 1 decimal; null "
                + "when none") Double averageSalesCycleDays,
        @NonNull List<@NonNull DealSizeAmounts> amounts) {
}
