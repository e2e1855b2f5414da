package io.quintet.crm.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.crud.Versioned;
import io.quintet.crm.platform.model.Address;
import io.quintet.crm.platform.model.Money;

/** An account as clients read it. */
@Type("Account")
@Description("A company or organisation the tenant does business with")
public record AccountView(
        UUID id,
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
        UUID parentAccountId,
        UUID ownerId,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        long version) implements Versioned {
}
