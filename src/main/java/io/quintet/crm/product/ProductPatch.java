package io.quintet.crm.product;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The GraphQL shape of a product merge patch; the service reads the raw argument. */
@Description("Fields to change; omitted fields are kept, null clears a field")
@Input("ProductPatch")
public record ProductPatch(String sku, String name, String family, String description, Boolean active) {
}
