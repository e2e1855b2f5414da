package io.quintet.crm.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quintet.crm.platform.crud.Versioned;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/**
 * A subscription as its managers read it. {@code secret} is present only in the answer that created or
 * rotated it; {@code owner} is who created it ({@code client:<clientId>} or {@code user:<userId>}).
 */
@Type("Webhook")
public record WebhookView(@Id @NonNull UUID id, @NonNull String url, String description,
        @NonNull List<@NonNull String> eventTypes, @NonNull List<@NonNull String> fields, boolean active,
        @Description("Why the service disabled it: 410 Gone or too many failures in a row") String disabledReason,
        @NonNull String owner,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Description("The signing secret: only when just created or rotated")
        String secret,
        @Description("Until when the previous secret still signs deliveries, after a rotation")
        Instant previousSecretExpiresAt,
        Instant createdAt, Instant updatedAt, @NonNull @ToScalar(Scalar.Int.class) long version) implements Versioned {

    WebhookView withoutSecret() {
        return new WebhookView(id, url, description, eventTypes, fields, active, disabledReason, owner, null,
                previousSecretExpiresAt, createdAt, updatedAt, version);
    }
}
