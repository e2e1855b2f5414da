package io.quintet.crm.opportunity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.graphql.GraphQLFilters;
import io.quintet.crm.platform.graphql.GraphQLSupport;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** GraphQL API of pipelines and their stages. */
@GraphQLApi
public class PipelineGraphQL {

    private final PipelineService pipelines;
    private final GraphQLSupport graphql;
    private final Context context;

    PipelineGraphQL(PipelineService pipelines, GraphQLSupport graphql, Context context) {
        this.pipelines = pipelines;
        this.graphql = graphql;
        this.context = context;
    }

    @Query("pipeline")
    @Description("A pipeline by id")
    public Uni<PipelineView> pipeline(@NonNull @Id String id) {
        return pipelines.get(GraphQLSupport.id(id));
    }

    @Query("pipelines")
    @Description("Pipelines, a page at a time; the tenant's default pipeline is made on first use")
    public Uni<PipelineConnection> pipelines(Integer first, String after, PipelineFilter filter, String orderBy) {
        return pipelines.list(graphql.listQuery(first, after, GraphQLFilters.toNode(filter, pipelines.queryFields()),
                orderBy), null)
                .map(page -> new PipelineConnection(page.items().stream().map(PipelineConnection.Edge::new).toList(),
                        GraphQLSupport.pageInfo(page)));
    }

    @Mutation
    @Description("Create a pipeline")
    public Uni<PipelineView> createPipeline(@NonNull PipelineInput input) {
        return pipelines.create(input);
    }

    @Mutation
    @Description("Change a pipeline; stages, when given, is the whole new list (ids keep stages, no id adds one)")
    public Uni<PipelineView> updatePipeline(@NonNull @Id String id, @NonNull PipelinePatch input,
            Integer expectedVersion) {
        return pipelines.patch(GraphQLSupport.id(id), graphql.mergePatch(context, "input"),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Delete a pipeline other than the default one, when no opportunity is in it")
    public Uni<Boolean> deletePipeline(@NonNull @Id String id, Integer expectedVersion) {
        return pipelines.delete(GraphQLSupport.id(id), GraphQLSupport.version(expectedVersion),
                RecordService.DeleteOptions.none()).replaceWith(true);
    }

    @Mutation
    @Description("Add a stage at position (0-based), or at the end")
    public Uni<PipelineView> addPipelineStage(@NonNull @Id String pipelineId, @NonNull PipelineStageInput stage,
            Integer position, Integer expectedVersion) {
        return pipelines.addStage(GraphQLSupport.id(pipelineId), stage, position,
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Rename, re-tune or move (position, 0-based) a stage; omitted fields are kept")
    public Uni<PipelineView> updatePipelineStage(@NonNull @Id String pipelineId, @NonNull @Id String stageId,
            @NonNull PipelineStagePatch input, Integer expectedVersion) {
        return pipelines.updateStage(GraphQLSupport.id(pipelineId), GraphQLSupport.id(stageId),
                graphql.mergePatch(context, "input"), GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Remove a stage; one with opportunities needs moveTo, another stage of the pipeline to move them to")
    public Uni<PipelineView> removePipelineStage(@NonNull @Id String pipelineId, @NonNull @Id String stageId,
            @Id String moveTo, Integer expectedVersion) {
        return pipelines.removeStage(GraphQLSupport.id(pipelineId), GraphQLSupport.id(stageId),
                moveTo == null ? null : GraphQLSupport.id(moveTo), GraphQLSupport.version(expectedVersion));
    }
}
