package io.quintet.crm.opportunity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.model.Money;

/** The GraphQL shape of an opportunity merge patch; the service reads the raw argument. */
@Description("Fields to change; omitted fields are kept, null clears a field")
@Input("OpportunityPatch")
public record OpportunityPatch(String name, @Id UUID accountId, @Id UUID primaryContactId,
        List<ContactRole> contactRoles, @Id UUID pipelineId, @Id UUID stageId, Money amount, Integer probability,
        LocalDate closeDate, OpportunityType type, ForecastCategory forecastCategory, String lostReason,
        String nextStep, @Id UUID ownerId, @Id UUID campaignId, String leadSource,
        List<String> tags) {
}
