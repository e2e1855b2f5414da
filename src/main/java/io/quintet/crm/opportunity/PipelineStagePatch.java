package io.quintet.crm.opportunity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The GraphQL shape of a stage merge patch; the service reads the raw argument. */
@Description("Stage fields to change; omitted fields are kept; position (0-based) moves the stage")
@Input("PipelineStagePatch")
public record PipelineStagePatch(String name, Integer probability, StageKind kind, Integer position) {
}
