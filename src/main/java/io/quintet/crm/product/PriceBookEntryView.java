package io.quintet.crm.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.quintet.crm.platform.crud.Versioned;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** A price as clients read it. */
@Type("PriceBookEntry")
@Description("A product's list price in one currency in one price book")
public record PriceBookEntryView(
        @Id @NonNull UUID id,
        @Id UUID priceBookId,
        @Id UUID productId,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        @NonNull @ToScalar(Scalar.Int.class) long version) implements Versioned {
}
