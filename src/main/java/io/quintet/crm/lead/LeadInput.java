package io.quintet.crm.lead;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.model.Address;

/**
 * A lead as clients write it (create and replace; a merge patch is applied to this shape). The score
 * and the conversion links are the service's to set, so they are not here.
 */
@ValidLead
@Input("LeadInput")
public record LeadInput(
        @Size(max = 255) String firstName,
        @Size(max = 255) String lastName,
        @Size(max = 255) String company,
        @Size(max = 255) String title,
        @Size(max = 320) @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                message = "must be an email address such as ada@example.com") String email,
        @Size(max = 50) String phone,
        LeadSource source,
        LeadStatus status,
        LeadRating rating,
        @Size(max = 255) String industry,
        @Min(0) Integer companySize,
        @Valid Address address,
        @Id UUID campaignId,
        @Size(max = 10000) String description,
        @Size(max = 1000) String disqualificationReason,
        @Id UUID ownerId,
        @Size(max = 50)
        List<@Size(max = 255) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> tags) {
}
