package io.quintet.crm.contact;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;

import io.quintet.crm.platform.model.Address;

/**
 * The GraphQL shape of a contact merge patch: every field optional; a field left out is kept, a
 * field set to null is cleared. The service reads the raw argument, so this type only declares
 * the schema.
 */
@Description("Fields to change; omitted fields are kept, null clears a field")
public record ContactPatch(String firstName, String lastName, String email, String phone, String mobile, String title,
        String department, UUID accountId, LifecycleStage lifecycleStage, String leadSource, Address mailingAddress,
        Boolean doNotContact, UUID ownerId, List<String> tags) {
}
