package io.quintet.crm.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.crud.Versioned;
import io.quintet.crm.platform.model.Money;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** An opportunity as clients read it. */
@Type("Opportunity")
@Description("A deal in progress with an account")
public record OpportunityView(
        @Id @NonNull UUID id,
        String name,
        @Id UUID accountId,
        @Id UUID primaryContactId,
        List<ContactRole> contactRoles,
        @Id UUID pipelineId,
        @Id UUID stageId,
        @Description("The kind of the current stage: open, won or lost") StageKind status,
        Money amount,
        @Description("Whether the amount is the sum of the line items") boolean amountFromLineItems,
        int probability,
        LocalDate closeDate,
        @Description("When the opportunity entered a won or lost stage; null while open") Instant closedAt,
        OpportunityType type,
        ForecastCategory forecastCategory,
        String lostReason,
        String nextStep,
        @Id UUID ownerId,
        @Id UUID campaignId,
        String leadSource,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        @NonNull @ToScalar(Scalar.Int.class) long version) implements Versioned {
}
