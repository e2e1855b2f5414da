package io.quintet.crm.report;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Open opportunities of one currency closing in a period, with their amounts per forecast category. */
@Type("ForecastAmounts")
@Description("Open opportunities of one currency closing in the period; an uncategorised one is in no category")
public record ForecastAmounts(
        @NonNull String currency,
        @NonNull @ToScalar(Scalar.Int.class) long count,
        @NonNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @NonNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal weightedAmount,
        @NonNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pipeline,
        @NonNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bestCase,
        @NonNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal commit,
        @NonNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal closed,
        @NonNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal omitted) {
}
