package io.quintet.crm.report;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Pipeline by stage: every stage of one pipeline, in order, with the opportunities currently in it. */
@Type("PipelineByStageReport")
@Description("Every stage of one pipeline in order, zero-count stages included")
public record PipelineByStageReport(
        @Id @NonNull UUID pipelineId,
        @NonNull String pipelineName,
        @NonNull List<@NonNull StageTotals> stages) {
}
