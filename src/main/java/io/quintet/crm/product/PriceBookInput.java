package io.quintet.crm.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** A price book as clients write it; {@code active} defaults to true. */
@Input("PriceBookInput")
public record PriceBookInput(
        @NotBlank @Size(max = 255) String name,
        @Size(max = 4000) String description,
        Boolean active) {
}
