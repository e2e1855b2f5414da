package io.quintet.crm.lead;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.model.Money;

/**
 * How to convert a lead: link the account and contact given, or else match them (account by the lead's
 * email domain, contact by its email), or else create them; optionally open an opportunity.
 */
@Input("ConvertLeadInput")
public record ConvertLeadRequest(
        @Description("Link this account instead of matching or creating one") @Id UUID accountId,
        @Description("Link this contact instead of matching or creating one") @Id UUID contactId,
        @Valid Opportunity opportunity) {

    /** The opportunity to open for the converted lead. */
    @Input("ConvertLeadOpportunityInput")
    public record Opportunity(
            @NotBlank @Size(max = 255) String name,
            @Id UUID pipelineId,
            @Id UUID stageId,
            @Valid Money amount,
            LocalDate closeDate) {
    }
}
