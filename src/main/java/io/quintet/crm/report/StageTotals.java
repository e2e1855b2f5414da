package io.quintet.crm.report;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.opportunity.StageKind;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** One stage of a pipeline report: the opportunities currently in it. */
@Type("StageTotals")
@Description("The opportunities currently in one stage; amounts per currency, never added across currencies")
public record StageTotals(
        @Id @NonNull UUID stageId,
        @NonNull String name,
        @NonNull StageKind kind,
        @Description("The stage's default probability") int probability,
        @Description("Opportunities in the stage, with or without an amount")
                @NonNull @ToScalar(Scalar.Int.class) long count,
        @NonNull List<@NonNull CurrencyTotals> amounts) {
}
