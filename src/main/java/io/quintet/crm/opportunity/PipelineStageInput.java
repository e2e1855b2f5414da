package io.quintet.crm.opportunity;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** A stage as clients write it; {@code id} names an existing stage of the pipeline, none adds a stage. */
@Input("PipelineStageInput")
@Description("A stage; give the id of an existing stage to keep it (renamed, re-tuned or moved), none to add one")
public record PipelineStageInput(
        @Id UUID id,
        @NotBlank @Size(max = 255) String name,
        @NotNull @Min(0) @Max(100) Integer probability,
        @NotNull StageKind kind) {
}
