package io.quintet.crm.opportunity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.model.Money;

/**
 * An opportunity as clients write it. No {@code pipelineId} means the default pipeline, no
 * {@code stageId} its first stage, no {@code probability} the stage's.
 */
@Input("OpportunityInput")
public record OpportunityInput(
        @NotBlank @Size(max = 255) String name,
        @NotNull @Id UUID accountId,
        @Id UUID primaryContactId,
        @Size(max = 50) List<@Valid ContactRole> contactRoles,
        @Id UUID pipelineId,
        @Id UUID stageId,
        @Valid Money amount,
        @Min(0) @Max(100) Integer probability,
        LocalDate closeDate,
        OpportunityType type,
        ForecastCategory forecastCategory,
        @Size(max = 255) String lostReason,
        @Size(max = 255) String nextStep,
        @Id UUID ownerId,
        @Id UUID campaignId,
        @Description("Where the business came from, e.g. the source of the lead it was converted from")
        @Size(max = 255) String leadSource,
        @Size(max = 50)
        List<@Size(max = 255) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> tags) {
}
