package io.quintet.crm.platform.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.crud.Versioned;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** A team as administrators read it. */
@Type("Team")
public record TeamView(@Id @NonNull UUID id, String name, @Id UUID managerId, List<UUID> memberIds, Instant createdAt,
        Instant updatedAt, @NonNull @ToScalar(Scalar.Int.class) long version) implements Versioned {
}
