package io.quintet.crm.report;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Opportunities of one currency: how many, their amounts and their probability-weighted amounts. */
@Type("CurrencyTotals")
@Description("Opportunities of one currency: count, sum of amounts, sum of amount × probability / 100")
public record CurrencyTotals(
        @NonNull String currency,
        @NonNull @ToScalar(Scalar.Int.class) long count,
        @NonNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @NonNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal weightedAmount) {
}
