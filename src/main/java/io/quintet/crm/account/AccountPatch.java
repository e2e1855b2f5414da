package io.quintet.crm.account;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.model.Address;
import io.quintet.crm.platform.model.Money;

/**
 * The GraphQL shape of an account merge patch: every field optional; a field left out is kept, a
 * field set to null is cleared. The service reads the raw argument, so this type only declares
 * the schema.
 */
@Description("Fields to change; omitted fields are kept, null clears a field")
@Input("AccountPatch")
public record AccountPatch(String name, String domain, String industry, AccountType type, Money annualRevenue,
        Integer employees, String phone, String website, Address billingAddress, Address shippingAddress,
        @Id UUID parentAccountId, @Id UUID ownerId, List<String> tags) {
}
