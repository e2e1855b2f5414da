package io.quintet.crm.product;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.crud.Versioned;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** A price book as clients read it. */
@Type("PriceBook")
@Description("A list of product prices per currency; the standard one gives line items their default price")
public record PriceBookView(
        @Id @NonNull UUID id,
        String name,
        String description,
        boolean isStandard,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        @NonNull @ToScalar(Scalar.Int.class) long version) implements Versioned {
}
