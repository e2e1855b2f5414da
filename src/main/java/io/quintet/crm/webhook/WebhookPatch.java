package io.quintet.crm.webhook;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The GraphQL shape of a subscription merge patch; the service reads the raw argument. */
@Input("WebhookPatch")
@Description("Fields to change; omitted fields are kept, null clears a field")
public record WebhookPatch(String url, String description, List<String> eventTypes, List<String> fields,
        Boolean active) {
}
