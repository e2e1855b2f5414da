package io.quintet.crm.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.crud.Versioned;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;
import io.quintet.crm.platform.model.Address;
import io.quintet.crm.platform.model.Money;

/** An account as clients read it. */
@Type("Account")
@Description("A company or organisation the tenant does business with")
public record AccountView(
        @Id @NonNull UUID id,
        String name,
        String domain,
        String industry,
        AccountType type,
        Money annualRevenue,
        Integer employees,
        String phone,
        String website,
        Address billingAddress,
        Address shippingAddress,
        @Id UUID parentAccountId,
        @Id UUID ownerId,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        @NonNull @ToScalar(Scalar.Int.class) long version) implements Versioned {
}
