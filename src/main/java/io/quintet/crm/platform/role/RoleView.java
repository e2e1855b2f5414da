package io.quintet.crm.platform.role;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.crud.Versioned;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** A role as administrators read it; built-in roles cannot be renamed or deleted, {@code admin} not changed. */
@Type("Role")
public record RoleView(@Id @NonNull UUID id, @NonNull String name, String description, boolean builtIn,
        @NonNull List<ObjectPermission> permissions, @NonNull List<FieldRule> fieldRules, Instant createdAt,
        Instant updatedAt, @NonNull @ToScalar(Scalar.Int.class) long version) implements Versioned {
}
