package io.quintet.crm.product;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.quintet.crm.platform.model.Money;

/**
 * A line item as clients write it. Without {@code unitPrice} the product's price in the opportunity's
 * currency in the standard price book applies; {@code discount} is a percentage, 0 when absent.
 */
@Input("LineItemInput")
public record LineItemInput(
        @NotNull @Id UUID productId,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4)
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        @Valid Money unitPrice,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discount,
        @Size(max = 255) String description) {
}
