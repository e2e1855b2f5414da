package io.quintet.crm.opportunity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quintet.crm.platform.crud.ListQuery;
import io.quintet.crm.platform.crud.MergePatch;
import io.quintet.crm.platform.crud.Page;
import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.JsonErrors;
import io.quintet.crm.platform.query.HqlFragment;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Permissions;
import io.smallrye.mutiny.Uni;

/**
 * Pipelines and their stages. A stage in use by an opportunity keeps its kind and is removed only by
 * moving its opportunities to another stage first ({@link #removeStage}); the default pipeline stays.
 */
@ApplicationScoped
public class PipelineService extends RecordService<Pipeline, PipelineInput, PipelineView> {

    static final QueryFields FIELDS = QueryFields.of("pipeline",
            QueryField.string("name", "e.name").sortable().build(),
            QueryField.bool("isDefault", "e.isDefault").build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build(),
            QueryField.timestamp("updatedAt", "e.updatedAt").sortable().build());

    private final DefaultPipeline defaultPipeline;
    private final OpportunityService opportunities;

    PipelineService(RecordSupport support, DefaultPipeline defaultPipeline, OpportunityService opportunities) {
        super(support, new RecordKind<>("pipeline", Pipeline.class, PipelineInput.class, PipelineView.class, FIELDS,
                "name", Pipeline::new));
        this.defaultPipeline = defaultPipeline;
        this.opportunities = opportunities;
    }

    @Override
    public Uni<PipelineView> get(UUID id) {
        return defaultPipeline.ensure().chain(() -> super.get(id));
    }

    @Override
    public Uni<Page<PipelineView>> list(ListQuery query, HqlFragment scope) {
        return defaultPipeline.ensure().chain(() -> super.list(query, scope));
    }

    @Override
    protected <T> Uni<T> inTransaction(Function<Mutiny.Session, Uni<T>> work) {
        return defaultPipeline.ensure().chain(() -> super.inTransaction(work));
    }

    @Override
    protected Uni<Void> checkRules(Mutiny.Session session, PipelineInput input, Pipeline existing) {
        Map<UUID, PipelineStage> current = existing == null ? Map.of()
                : Stages.read(support.json(), existing.stages).stream()
                        .collect(Collectors.toMap(PipelineStage::id, Function.identity()));
        Set<String> names = new HashSet<>();
        Set<UUID> kept = new HashSet<>();
        List<UUID> kindChanged = new ArrayList<>();
        for (int i = 0; i < input.stages().size(); i++) {
            PipelineStageInput stage = input.stages().get(i);
            if (!names.add(stage.name().strip().toLowerCase(Locale.ROOT))) {
                throw ApiProblem.invalidField("stages[" + i + "].name", "Two stages are named " + stage.name().strip());
            }
            if (stage.id() != null) {
                PipelineStage known = current.get(stage.id());
                if (known == null || !kept.add(stage.id())) {
                    throw ApiProblem.invalidField("stages[" + i + "].id", known == null
                            ? "The pipeline has no stage with id " + stage.id() + "; leave id out to add a stage"
                            : "The stage " + stage.id() + " is listed twice");
                }
                if (known.kind() != stage.kind()) {
                    kindChanged.add(stage.id());
                }
            }
        }
        List<UUID> removed = current.keySet().stream().filter(id -> !kept.contains(id)).toList();
        if (removed.isEmpty() && kindChanged.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return session.flush().chain(() -> opportunitiesIn(session, existing.id, removed)).chain(inRemoved -> {
            if (inRemoved > 0) {
                throw ApiProblem.conflict(inRemoved + " opportunit" + (inRemoved == 1 ? "y is" : "ies are")
                        + " in a stage this change removes; remove the stage with DELETE /api/v1/pipelines/"
                        + existing.id + "/stages/{stageId}?moveTo={otherStageId} to move them");
            }
            return opportunitiesIn(session, existing.id, kindChanged);
        }).invoke(inChanged -> {
            if (inChanged > 0) {
                throw ApiProblem.conflict("A stage with opportunities in it cannot change its kind (open, won, "
                        + "lost); add a new stage and move them instead");
            }
        }).replaceWithVoid();
    }

    private static Uni<Long> opportunitiesIn(Mutiny.Session session, UUID pipelineId, List<UUID> stageIds) {
        if (stageIds.isEmpty()) {
            return Uni.createFrom().item(0L);
        }
        return session.createSelectionQuery("select count(*) from Opportunity where pipelineId = :pipeline "
                + "and stageId in :stages", Long.class)
                .setParameter("pipeline", pipelineId)
                .setParameter("stages", stageIds)
                .getSingleResult();
    }

    @Override
    protected Uni<Void> beforeDelete(Mutiny.Session session, Pipeline pipeline, DeleteOptions options) {
        if (pipeline.isDefault) {
            throw ApiProblem.conflict("The default pipeline cannot be deleted");
        }
        return session.createSelectionQuery("select count(*) from Opportunity where pipelineId = :pipeline",
                Long.class)
                .setParameter("pipeline", pipeline.id)
                .getSingleResult()
                .invoke(count -> {
                    if (count > 0) {
                        throw ApiProblem.conflict("The pipeline has " + count + " opportunit"
                                + (count == 1 ? "y" : "ies") + "; move them to another pipeline first");
                    }
                })
                .replaceWithVoid();
    }

    /** Adds a stage at {@code position} (0-based; the end when null). */
    public Uni<PipelineView> addStage(UUID pipelineId, PipelineStageInput stage, Integer position,
            Long expectedVersion) {
        if (stage == null) {
            throw ApiProblem.validation("A JSON request body is required", List.of());
        }
        if (stage.id() != null) {
            throw ApiProblem.invalidField("id", "A new stage's id is assigned by the service");
        }
        return changeStages(pipelineId, expectedVersion, (session, stages) -> {
            int at = position == null ? stages.size() : position;
            if (at < 0 || at > stages.size()) {
                throw ApiProblem.invalidField("position", "position must be from 0 to " + stages.size());
            }
            stages.add(at, stage);
            return Uni.createFrom().item(stages);
        });
    }

    /**
     * Changes a stage with a merge patch of its {@code name}, {@code probability} and {@code kind}, and
     * moves it when the patch names a {@code position} (0-based).
     */
    public Uni<PipelineView> updateStage(UUID pipelineId, UUID stageId, JsonNode patch, Long expectedVersion) {
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.validation("A merge patch must be a JSON object", List.of());
        }
        if (patch.has("id")) {
            throw ApiProblem.invalidField("id", "id is read-only");
        }
        ObjectNode changes = ((ObjectNode) patch).deepCopy();
        JsonNode position = changes.remove("position");
        if (position != null && !position.canConvertToInt()) {
            throw ApiProblem.invalidField("position", "position must be an integer");
        }
        return changeStages(pipelineId, expectedVersion, (session, stages) -> {
            int index = indexOf(stages, stageId);
            PipelineStageInput changed = readStage(MergePatch.apply(support.json().valueToTree(stages.get(index)),
                    changes));
            stages.remove(index);
            int at = position == null ? index : position.asInt();
            if (at < 0 || at > stages.size()) {
                throw ApiProblem.invalidField("position", "position must be from 0 to " + stages.size());
            }
            stages.add(at, changed);
            return Uni.createFrom().item(stages);
        });
    }

    /**
     * Removes a stage. One that opportunities are in is refused, unless {@code moveTo} names another
     * stage of the pipeline: they are moved there first, each move an audited stage change.
     */
    public Uni<PipelineView> removeStage(UUID pipelineId, UUID stageId, UUID moveTo, Long expectedVersion) {
        return changeStages(pipelineId, expectedVersion, (session, stages) -> {
            int index = indexOf(stages, stageId);
            if (stages.size() == 1) {
                throw ApiProblem.conflict("A pipeline keeps at least one stage");
            }
            if (moveTo == null) {
                stages.remove(index);
                return Uni.createFrom().item(stages);
            }
            if (moveTo.equals(stageId) || stages.stream().noneMatch(stage -> moveTo.equals(stage.id()))) {
                throw ApiProblem.invalidField("moveTo", "moveTo must be another stage of the pipeline");
            }
            Permissions.require(opportunities.objectType(), Action.UPDATE);
            return opportunities.moveStage(session, pipelineId, stageId, moveTo).map(moved -> {
                stages.remove(index);
                return stages;
            });
        });
    }

    private interface StageChange {
        Uni<List<PipelineStageInput>> apply(Mutiny.Session session, List<PipelineStageInput> stages);
    }

    private Uni<PipelineView> changeStages(UUID pipelineId, Long expectedVersion, StageChange change) {
        Permissions.require(objectType(), Action.UPDATE);
        return inTransaction(session -> session.find(Pipeline.class, pipelineId).chain(pipeline -> {
            if (pipeline == null) {
                throw ApiProblem.notFound(objectType(), pipelineId);
            }
            if (expectedVersion != null && expectedVersion != pipeline.version) {
                throw ApiProblem.staleVersion(expectedVersion, pipeline.version);
            }
            List<PipelineStageInput> stages = new ArrayList<>(toInput(pipeline).stages());
            return change.apply(session, stages)
                    .chain(changed -> updateIn(session, pipeline, new PipelineInput(pipeline.name, changed)));
        }));
    }

    private static int indexOf(List<PipelineStageInput> stages, UUID stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        throw ApiProblem.notFound("stage", stageId);
    }

    private PipelineStageInput readStage(JsonNode node) {
        try {
            return support.json().treeToValue(node, PipelineStageInput.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.toProblem(e);
        }
    }

    @Override
    protected void apply(PipelineInput input, Pipeline pipeline) {
        pipeline.name = input.name().strip();
        pipeline.stages = Stages.write(support.json(), input.stages().stream()
                .map(stage -> new PipelineStage(stage.id() == null ? UUID.randomUUID() : stage.id(),
                        stage.name().strip(), stage.probability(), stage.kind()))
                .toList());
    }

    @Override
    protected PipelineInput toInput(Pipeline pipeline) {
        return new PipelineInput(pipeline.name, Stages.read(support.json(), pipeline.stages).stream()
                .map(stage -> new PipelineStageInput(stage.id(), stage.name(), stage.probability(), stage.kind()))
                .toList());
    }

    @Override
    public PipelineView toView(Pipeline pipeline) {
        return new PipelineView(pipeline.id, pipeline.name, pipeline.isDefault,
                Stages.read(support.json(), pipeline.stages), pipeline.createdAt, pipeline.updatedAt,
                pipeline.version);
    }
}
