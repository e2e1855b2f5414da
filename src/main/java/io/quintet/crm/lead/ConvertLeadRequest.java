package io.quintet.crm.lead;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.opportunity.OpportunityType;
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

    /**
     * The opportunity to open for the converted lead, with the account and contact the conversion came to and
     * the lead's owner, campaign and source.
     */
    @Input("ConvertLeadOpportunityInput")
    public record Opportunity(
            @NotBlank @Size(max = 255) String name,
            @Description("The pipeline to open it in; the default pipeline when omitted") @Id UUID pipelineId,
            @Description("Its stage in that pipeline; the pipeline's first stage when omitted") @Id UUID stageId,
            @Valid Money amount,
            LocalDate closeDate,
            @Description("new_business when omitted") OpportunityType type,
            @Size(max = 255) String nextStep) {
    }
}
