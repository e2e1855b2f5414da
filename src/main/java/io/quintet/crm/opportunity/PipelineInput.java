package io.quintet.crm.opportunity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** A pipeline as clients write it: a name and its stages in order. */
@Input("PipelineInput")
public record PipelineInput(
        @NotBlank @Size(max = 255) String name,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull PipelineStageInput> stages) {
}
