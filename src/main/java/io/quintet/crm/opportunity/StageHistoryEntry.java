package io.quintet.crm.opportunity;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** One stage change as clients read it, with how long the opportunity stayed (or has stayed) in that stage. */
@Type("StageHistoryEntry")
@Description("A stage change: from where to where, when and by whom, and the seconds spent in the stage it entered")
public record StageHistoryEntry(
        @Id @NonNull UUID id,
        @Id UUID opportunityId,
        @Id UUID fromStageId,
        String fromStageName,
        @Id @NonNull UUID toStageId,
        @NonNull String toStageName,
        @NonNull StageKind toStatus,
        boolean reopened,
        @NonNull String changedBy,
        @NonNull Instant changedAt,
        @ToScalar(Scalar.Int.class) long secondsInStage,
        @Description("Whether the opportunity is still in this stage") boolean current) {
}
