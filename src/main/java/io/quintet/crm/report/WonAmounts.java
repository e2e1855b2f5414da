package io.quintet.crm.report;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Won opportunities of one currency: how many and their amounts. */
@Type("WonAmounts")
@Description("Won opportunities of one currency: count and sum of amounts")
public record WonAmounts(
        @NonNull String currency,
        @NonNull @ToScalar(Scalar.Int.class) long count,
        @NonNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
}
