package io.quintet.crm.platform.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.crud.Versioned;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** A CRM user as administrators read it. */
@Type("User")
public record UserView(@Id @NonNull UUID id, String email, String displayName, List<String> roles, boolean active,
        String issuer, String subject, Instant lastSeenAt, Instant createdAt, Instant updatedAt,
        @NonNull @ToScalar(Scalar.Int.class) long version) implements Versioned {
}
