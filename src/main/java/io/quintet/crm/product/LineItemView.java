package io.quintet.crm.product;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.quintet.crm.platform.model.Money;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** A line item as clients read it. */
@Type("LineItem")
@Description("A product sold in an opportunity; total = quantity × unitPrice × (1 − discount/100), to the cent")
public record LineItemView(
        @Id @NonNull UUID id,
        @Id @NonNull UUID opportunityId,
        @Id @NonNull UUID productId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        Money unitPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discount,
        Money total,
        String description,
        Instant createdAt,
        Instant updatedAt,
        @NonNull @ToScalar(Scalar.Int.class) long version) {
}
