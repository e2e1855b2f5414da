package io.quintet.crm.opportunity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The GraphQL shape of a pipeline merge patch; the service reads the raw argument. */
@Description("Fields to change; omitted fields are kept; stages, when given, is the whole new list in order")
@Input("PipelinePatch")
public record PipelinePatch(String name, List<PipelineStageInput> stages) {
}
