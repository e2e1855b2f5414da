package io.quintet.crm.lead;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.model.Address;

/**
 * The GraphQL shape of a lead merge patch: every field optional; a field left out is kept, a field set
 * to null is cleared. The service reads the raw argument, so this type only declares the schema.
 */
@Description("Fields to change; omitted fields are kept, null clears a field")
@Input("LeadPatch")
public record LeadPatch(String firstName, String lastName, String company, String title, String email, String phone,
        LeadSource source, LeadStatus status, LeadRating rating, String industry, Integer companySize,
        Address address, @Id UUID campaignId, String description, String disqualificationReason, @Id UUID ownerId,
        List<String> tags) {
}
