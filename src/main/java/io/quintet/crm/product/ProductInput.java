package io.quintet.crm.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** A product as clients write it; {@code active} defaults to true. */
@Input("ProductInput")
public record ProductInput(
        @NotBlank @Size(max = 100) String sku,
        @NotBlank @Size(max = 255) String name,
        @Size(max = 255) String family,
        @Size(max = 4000) String description,
        Boolean active) {
}
