package io.quintet.crm.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * A subscription as clients write it: the receiver's URL, event type patterns ({@code *}, {@code contact.*},
 * {@code contact.updated}), an optional field filter for {@code *.updated} events, and whether it is active
 * (default true).
 */
@Input("WebhookInput")
public record WebhookInput(
        @NotBlank @Size(max = 2048) String url,
        @Size(max = 1000) String description,
        @NotEmpty @Size(max = 50) List<String> eventTypes,
        @Description("Deliver *.updated events only when one of these fields changed")
        @Size(max = 50) List<@Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{0,99}",
                message = "must be a field name such as email") String> fields,
        Boolean active) {
}
