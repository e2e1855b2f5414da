package io.quintet.crm.product;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.model.Money;

/** The GraphQL shape of a line-item merge patch; the service reads the raw argument. */
@Description("Fields to change; omitted fields are kept, null clears a field")
@Input("LineItemPatch")
public record LineItemPatch(@Id UUID productId, BigDecimal quantity, Money unitPrice, BigDecimal discount,
        String description) {
}
