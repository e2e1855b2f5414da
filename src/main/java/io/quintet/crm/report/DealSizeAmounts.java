package io.quintet.crm.report;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Won opportunities of one currency: how many, their total and their average amount. */
@Type("DealSizeAmounts")
@Description("Won opportunities of one currency: count, total, and average (total / count, rounded to 2 decimals)")
public record DealSizeAmounts(
        @NonNull String currency,
        @NonNull @ToScalar(Scalar.Int.class) long count,
        @NonNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalAmount,
        @NonNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal averageAmount) {
}
