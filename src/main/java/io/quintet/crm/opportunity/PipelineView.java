package io.quintet.crm.opportunity;

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

/** A pipeline as clients read it. */
@Type("Pipeline")
@Description("A sales process: ordered stages an opportunity moves through")
public record PipelineView(
        @Id @NonNull UUID id,
        String name,
        boolean isDefault,
        List<PipelineStage> stages,
        Instant createdAt,
        Instant updatedAt,
        @NonNull @ToScalar(Scalar.Int.class) long version) implements Versioned {
}
