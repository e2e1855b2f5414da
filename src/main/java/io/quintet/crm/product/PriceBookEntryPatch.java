package io.quintet.crm.product;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** The GraphQL shape of a price merge patch; the service reads the raw argument. */
@Description("Fields to change; omitted fields are kept")
@Input("PriceBookEntryPatch")
public record PriceBookEntryPatch(@Id UUID productId, String currency, BigDecimal listPrice, Boolean active) {
}
