package io.quintet.crm.contact;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.model.Address;

/**
 * The GraphQL shape of a contact merge patch: every field optional; a field left out is kept, a
 * field set to null is cleared. The service reads the raw argument, so this type only declares
 * the schema.
 */
@Description("Fields to change; omitted fields are kept, null clears a field")
@Input("ContactPatch")
public record ContactPatch(String firstName, String lastName, String email, String phone, String mobile, String title,
        String department, @Id UUID accountId, LifecycleStage lifecycleStage, String leadSource, Address mailingAddress,
        Boolean doNotContact, @Id UUID ownerId, List<String> tags) {
}
