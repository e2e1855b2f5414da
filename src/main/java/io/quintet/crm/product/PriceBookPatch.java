package io.quintet.crm.product;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The GraphQL shape of a price book merge patch; the service reads the raw argument. */
@Description("Fields to change; omitted fields are kept, null clears a field")
@Input("PriceBookPatch")
public record PriceBookPatch(String name, String description, Boolean active) {
}
