package io.quintet.crm.product;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.quintet.crm.platform.model.IsoCurrency;

/**
 * A price as clients write it. In REST the price book comes from the path; a body naming another one
 * is refused.
 */
@Input("PriceBookEntryInput")
public record PriceBookEntryInput(
        @Id UUID priceBookId,
        @NotNull @Id UUID productId,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code such as EUR") @IsoCurrency
        String currency,
        @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice,
        Boolean active) {

    /** The same price in the book of the path. */
    PriceBookEntryInput inBook(UUID bookId) {
        return new PriceBookEntryInput(bookId, productId, currency, listPrice, active);
    }
}
