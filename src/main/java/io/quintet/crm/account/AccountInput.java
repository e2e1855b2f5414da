package io.quintet.crm.account;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.model.Address;
import io.quintet.crm.platform.model.Money;

/** An account as clients write it (create and replace; a merge patch is applied to this shape). */
@Input("AccountInput")
public record AccountInput(
        @NotBlank @Size(max = 255) String name,
        @Size(max = 255) @Pattern(regexp = "(?i)([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,63}",
                message = "must be a domain name such as example.com") String domain,
        @Size(max = 255) String industry,
        AccountType type,
        @Valid Money annualRevenue,
        @Min(0) Integer employees,
        @Size(max = 50) String phone,
        @Size(max = 2048) @Pattern(regexp = "(?i)https?://[^\\s]+", message = "must be an http(s) URL") String website,
        @Valid Address billingAddress,
        @Valid Address shippingAddress,
        @Id UUID parentAccountId,
        @Id UUID ownerId,
        @Size(max = 50)
        List<@Size(max = 255) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> tags) {
}
