package io.quintet.crm.opportunity;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A stage of a pipeline, as stored in the pipeline and as clients read it. */
@Type("PipelineStage")
@Description("A stage of a pipeline: its default probability (0-100) and whether it is open, won or lost")
public record PipelineStage(@Id @NonNull UUID id, @NonNull String name, int probability, @NonNull StageKind kind) {
}
