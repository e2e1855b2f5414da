package io.quintet.crm.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quintet.crm.account.AccountService;
import io.quintet.crm.contact.ContactService;
import io.quintet.crm.platform.audit.ChangeRecorder;
import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.model.Money;
import io.quintet.crm.platform.model.Tags;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Permissions;
import io.smallrye.mutiny.Uni;

/**
 * Opportunities: references to a visible account and contacts, a stage of their pipeline, the
 * probability that follows the stage unless overridden, {@code closedAt} on won or lost, and a stage
 * history row (plus an {@code opportunity.stage_changed} event) for every stage change, all in the
 * change's transaction.
 */
@ApplicationScoped
public class OpportunityService extends RecordService<Opportunity, OpportunityInput, OpportunityView> {

    private static final String ACCOUNT_JOIN = "left join Account a on a.id = e.accountId";
    private static final TypeReference<List<ContactRole>> CONTACT_ROLES = new TypeReference<>() {
    };

    static final QueryFields FIELDS = QueryFields.of("opportunity",
            QueryField.string("name", "e.name").sortable().build(),
            QueryField.uuid("accountId", "e.accountId").build(),
            QueryField.uuid("primaryContactId", "e.primaryContactId").build(),
            QueryField.uuid("pipelineId", "e.pipelineId").build(),
            QueryField.uuid("stageId", "e.stageId").build(),
            QueryField.enumeration("status", "e.status", StageKind.class).sortable().build(),
            QueryField.decimal("amount.amount", "e.amount").sortable().build(),
            QueryField.string("amount.currency", "e.amountCurrency").build(),
            QueryField.integer("probability", "e.probability").sortable().build(),
            QueryField.date("closeDate", "e.closeDate").sortable().build(),
            QueryField.timestamp("closedAt", "e.closedAt").sortable().build(),
            QueryField.enumeration("type", "e.type", OpportunityType.class).sortable().build(),
            QueryField.enumeration("forecastCategory", "e.forecastCategory", ForecastCategory.class).sortable()
                    .build(),
            QueryField.string("lostReason", "e.lostReason").build(),
            QueryField.string("nextStep", "e.nextStep").build(),
            QueryField.uuid("ownerId", "e.ownerId").build(),
            QueryField.uuid("campaignId", "e.campaignId").build(),
            QueryField.string("leadSource", "e.leadSource").sortable().build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build(),
            QueryField.timestamp("updatedAt", "e.updatedAt").sortable().build(),
            QueryField.string("account.name", "a.name").sortable().join(ACCOUNT_JOIN).build());

    private final AccountService accounts;
    private final ContactService contacts;
    private final DefaultPipeline defaultPipeline;

    OpportunityService(RecordSupport support, AccountService accounts, ContactService contacts,
            DefaultPipeline defaultPipeline) {
        super(support, new RecordKind<>("opportunity", Opportunity.class, OpportunityInput.class,
                OpportunityView.class, FIELDS, "name", Opportunity::new));
        this.accounts = accounts;
        this.contacts = contacts;
        this.defaultPipeline = defaultPipeline;
    }

    @Override
    protected Uni<Void> checkRules(Mutiny.Session session, OpportunityInput input, Opportunity existing) {
        if (existing != null && existing.amountFromLineItems && !sameMoney(money(existing), input.amount())) {
            throw ApiProblem.invalidField("amount",
                    "The amount is the sum of the opportunity's line items; change the line items instead");
        }
        Set<UUID> roleContacts = new HashSet<>();
        List<ContactRole> roles = input.contactRoles() == null ? List.of() : input.contactRoles();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == null) {
                throw ApiProblem.invalidField("contactRoles[" + i + "]", "must not be null");
            }
            if (!roleContacts.add(roles.get(i).contactId())) {
                throw ApiProblem.invalidField("contactRoles[" + i + "].contactId",
                        "The contact " + roles.get(i).contactId() + " is listed twice");
            }
        }
        // An opportunity without a pipeline goes to the default one, made in this very session if need be: a
        // write inside another feature's transaction (a lead's conversion) must find it there too.
        Uni<Void> checks = input.pipelineId() == null ? defaultPipeline.ensure(session) : Uni.createFrom().voidItem();
        if (existing == null || !input.accountId().equals(existing.accountId)) {
            checks = checks.chain(() -> visible(accounts, session, input.accountId(), "accountId", "account"));
        }
        if (input.primaryContactId() != null
                && (existing == null || !input.primaryContactId().equals(existing.primaryContactId))) {
            checks = checks.chain(() -> visible(contacts, session, input.primaryContactId(), "primaryContactId",
                    "contact"));
        }
        for (int i = 0; i < roles.size(); i++) {
            ContactRole role = roles.get(i);
            String field = "contactRoles[" + i + "].contactId";
            checks = checks.chain(() -> visible(contacts, session, role.contactId(), field, "contact"));
        }
        return checks;
    }

    private static Uni<Void> visible(RecordService<?, ?, ?> service, Mutiny.Session session, UUID id, String field,
            String object) {
        return service.isVisible(session, id).invoke(found -> {
            if (!found) {
                throw ApiProblem.invalidField(field, "No " + object + " with id " + id);
            }
        }).replaceWithVoid();
    }

    private static boolean sameMoney(Money a, Money b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.amount().compareTo(b.amount()) == 0 && a.currency().equals(b.currency());
    }

    @Override
    protected void apply(OpportunityInput input, Opportunity opportunity) {
        opportunity.prior = new Opportunity.Prior(opportunity.pipelineId, opportunity.stageId, opportunity.status,
                opportunity.probability, opportunity.closedAt, input.probability());
        opportunity.name = input.name().strip();
        opportunity.accountId = input.accountId();
        opportunity.primaryContactId = input.primaryContactId();
        opportunity.contactRoles = writeJson(input.contactRoles() == null ? List.of() : input.contactRoles());
        opportunity.pipelineId = input.pipelineId();
        opportunity.stageId = input.stageId();
        if (!opportunity.amountFromLineItems) {
            opportunity.amount = input.amount() == null ? null : cents(input.amount().amount());
            opportunity.amountCurrency = input.amount() == null ? null : input.amount().currency();
        }
        opportunity.closeDate = input.closeDate();
        opportunity.type = input.type();
        opportunity.forecastCategory = input.forecastCategory();
        opportunity.lostReason = input.lostReason();
        opportunity.nextStep = input.nextStep();
        opportunity.ownerId = input.ownerId();
        opportunity.campaignId = input.campaignId();
        opportunity.leadSource = input.leadSource();
        opportunity.tags = Tags.toColumn(input.tags());
    }

    /**
     * Resolves the pipeline and stage (the default pipeline, its first stage), sets probability,
     * status and {@code closedAt} from the stage, and records a stage change when there was one.
     */
    @Override
    protected Uni<Void> derive(Mutiny.Session session, Opportunity opportunity, boolean creating) {
        Opportunity.Prior prior = opportunity.prior;
        Uni<Pipeline> found = opportunity.pipelineId == null
                ? session.createSelectionQuery("from Pipeline where isDefault = true", Pipeline.class)
                        .getSingleResultOrNull()
                : session.find(Pipeline.class, opportunity.pipelineId);
        return found.chain(pipeline -> {
            if (pipeline == null) {
                throw ApiProblem.invalidField("pipelineId", "No pipeline with id " + opportunity.pipelineId);
            }
            List<PipelineStage> stages = Stages.read(support.json(), pipeline.stages);
            boolean pipelineChanged = prior.pipelineId() != null && !prior.pipelineId().equals(pipeline.id);
            PipelineStage stage = opportunity.stageId == null
                    || (pipelineChanged && opportunity.stageId.equals(prior.stageId()))
                            ? stages.get(0)
                            : Stages.find(stages, opportunity.stageId).orElseThrow(() -> ApiProblem.invalidField(
                                    "stageId", "The pipeline has no stage with id " + opportunity.stageId));
            opportunity.pipelineId = pipeline.id;
            opportunity.stageId = stage.id();
            boolean stageChanged = !stage.id().equals(prior.stageId());
            followStage(opportunity, prior, stage, stageChanged);
            if (!stageChanged) {
                return Uni.createFrom().voidItem();
            }
            if (opportunity.id == null) {
                opportunity.id = UUID.randomUUID();
            }
            return stageName(session, prior, pipeline.id, stages)
                    .chain(fromName -> recordStageChange(session, opportunity, prior, fromName, stage));
        });
    }

    private static void followStage(Opportunity opportunity, Opportunity.Prior prior, PipelineStage stage,
            boolean stageChanged) {
        Integer requested = prior.requestedProbability();
        if (requested == null) {
            opportunity.probability = stage.probability();
            opportunity.probabilityOverridden = false;
        } else if (prior.stageId() == null || requested != prior.probability()) {
            opportunity.probability = requested;
            opportunity.probabilityOverridden = requested != stage.probability();
        } else if (stageChanged && !opportunity.probabilityOverridden) {
            opportunity.probability = stage.probability();
        }
        opportunity.status = stage.kind();
        if (stage.kind() == StageKind.OPEN) {
            opportunity.closedAt = null;
        } else if (prior.status() != stage.kind()) {
            opportunity.closedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** The name of the stage the opportunity was in, which may be in another pipeline. */
    private Uni<String> stageName(Mutiny.Session session, Opportunity.Prior prior, UUID pipelineId,
            List<PipelineStage> stages) {
        if (prior.stageId() == null) {
            return Uni.createFrom().nullItem();
        }
        Uni<List<PipelineStage>> priorStages = prior.pipelineId().equals(pipelineId)
                ? Uni.createFrom().item(stages)
                : session.find(Pipeline.class, prior.pipelineId())
                        .map(pipeline -> Stages.read(support.json(), pipeline.stages));
        return priorStages.map(all -> Stages.find(all, prior.stageId()).map(PipelineStage::name).orElse(null));
    }

    private Uni<Void> recordStageChange(Mutiny.Session session, Opportunity opportunity, Opportunity.Prior prior,
            String fromName, PipelineStage stage) {
        OpportunityStageChange change = new OpportunityStageChange();
        change.opportunityId = opportunity.id;
        change.fromStageId = prior.stageId();
        change.fromStageName = fromName;
        change.toStageId = stage.id();
        change.toStageName = stage.name();
        change.toStatus = stage.kind();
        change.reopened = prior.status() != null && prior.status() != StageKind.OPEN && stage.kind() == StageKind.OPEN;
        change.changedBy = Caller.current().map(Caller::principal).orElse("system");
        Uni<Void> persisted = session.persist(change);
        if (prior.stageId() == null) {
            return persisted;
        }
        ObjectNode record = stagePosition(opportunity.pipelineId, stage.id(), stage.name(), stage.kind(),
                opportunity.probability, opportunity.closedAt);
        record.put("reopened", change.reopened);
        ObjectNode previous = stagePosition(prior.pipelineId(), prior.stageId(), fromName, prior.status(),
                prior.probability(), prior.closedAt());
        return persisted.chain(() -> support.changes().announce(session, objectType(), opportunity.id,
                "stage_changed", record, previous));
    }

    private ObjectNode stagePosition(UUID pipelineId, UUID stageId, String stageName, StageKind status,
            int probability, Instant closedAt) {
        ObjectNode node = support.json().createObjectNode();
        node.put("pipelineId", pipelineId.toString());
        node.put("stageId", stageId.toString());
        node.put("stageName", stageName);
        node.put("status", status.name().toLowerCase());
        node.put("probability", probability);
        node.put("closedAt", closedAt == null ? null : closedAt.toString());
        return node;
    }

    /** The opportunity's stage changes, oldest first, with the time spent in each stage. */
    public Uni<List<StageHistoryEntry>> stageHistory(UUID id) {
        return get(id).chain(view -> stageHistories(List.of(view.id())).map(all -> all.get(view.id())));
    }

    /** The stage histories of opportunities the caller has already been shown, in one query. */
    public Uni<Map<UUID, List<StageHistoryEntry>>> stageHistories(Collection<UUID> ids) {
        Permissions.require(objectType(), Action.READ);
        Map<UUID, List<StageHistoryEntry>> byOpportunity = new LinkedHashMap<>();
        ids.forEach(id -> byOpportunity.put(id, new ArrayList<>()));
        if (ids.isEmpty()) {
            return Uni.createFrom().item(byOpportunity);
        }
        Instant now = Instant.now();
        return support.read(session -> session.createSelectionQuery("from OpportunityStageChange where "
                + "opportunityId in :ids order by opportunityId, createdAt, id", OpportunityStageChange.class)
                .setParameter("ids", ids).getResultList())
                .map(changes -> {
                    for (int i = 0; i < changes.size(); i++) {
                        OpportunityStageChange change = changes.get(i);
                        OpportunityStageChange next = i + 1 < changes.size()
                                && changes.get(i + 1).opportunityId.equals(change.opportunityId) ? changes.get(i + 1)
                                        : null;
                        Instant left = next == null ? now : next.createdAt;
                        byOpportunity.get(change.opportunityId).add(new StageHistoryEntry(change.id,
                                change.opportunityId, change.fromStageId, change.fromStageName, change.toStageId,
                                change.toStageName, change.toStatus, change.reopened, change.changedBy,
                                change.createdAt, Math.max(0, Duration.between(change.createdAt, left).toSeconds()),
                                next == null));
                    }
                    return byOpportunity;
                });
    }

    /** The opportunities of these accounts, in one query; for the batched {@code Account.opportunities} field. */
    public Uni<List<OpportunityView>> forAccounts(Collection<UUID> accountIds) {
        Permissions.require(objectType(), Action.READ);
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return readVisible(session -> session.createSelectionQuery(
                "from Opportunity where accountId in :accounts order by name, id", Opportunity.class)
                .setParameter("accounts", accountIds)
                .getResultList());
    }

    /** Moves every opportunity in one stage to another of the same pipeline, each an audited stage change. */
    Uni<Integer> moveStage(Mutiny.Session session, UUID pipelineId, UUID fromStageId, UUID toStageId) {
        return session.createSelectionQuery("from Opportunity where pipelineId = :pipeline and stageId = :stage "
                + "order by id", Opportunity.class)
                .setParameter("pipeline", pipelineId)
                .setParameter("stage", fromStageId)
                .getResultList()
                .chain(found -> moveEach(session, found, 0, toStageId).replaceWith(found.size()));
    }

    private Uni<Void> moveEach(Mutiny.Session session, List<Opportunity> found, int index, UUID toStageId) {
        if (index == found.size()) {
            return Uni.createFrom().voidItem();
        }
        Opportunity opportunity = found.get(index);
        OpportunityInput input = toInput(opportunity);
        OpportunityInput moved = new OpportunityInput(input.name(), input.accountId(), input.primaryContactId(),
                input.contactRoles(), input.pipelineId(), toStageId, input.amount(), input.probability(),
                input.closeDate(), input.type(), input.forecastCategory(), input.lostReason(), input.nextStep(),
                input.ownerId(), input.campaignId(), input.leadSource(), input.tags());
        return updateIn(session, opportunity, moved).chain(() -> moveEach(session, found, index + 1, toStageId));
    }

    /**
     * The opportunity, locked until the transaction ends, if the caller may change it and it is at
     * {@code expectedVersion}; line-item writes take it so that concurrent ones queue and none is lost.
     */
    public Uni<Opportunity> lockForUpdate(Mutiny.Session session, UUID id, Long expectedVersion) {
        Permissions.require(objectType(), Action.UPDATE);
        return session.find(Opportunity.class, id, LockModeType.PESSIMISTIC_WRITE)
                .chain(() -> load(session, id, expectedVersion));
    }

    /**
     * Sets the amount to the line items' total (or, when the last one is gone, leaves it to the client
     * again) and bumps the opportunity's version even when the total is unchanged, since its line items
     * changed; audited like any update.
     */
    public Uni<OpportunityView> rollUp(Mutiny.Session session, Opportunity opportunity, Money total) {
        JsonNode before = support.json().valueToTree(toView(opportunity));
        opportunity.amountFromLineItems = total != null;
        if (total != null) {
            opportunity.amount = cents(total.amount());
            opportunity.amountCurrency = total.currency();
        }
        opportunity.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return session.flush().chain(() -> {
            OpportunityView view = toView(opportunity);
            return support.changes().record(session, objectType(), opportunity.id, ChangeRecorder.Action.UPDATED,
                    before, support.json().valueToTree(view)).replaceWith(view);
        });
    }

    @Override
    protected OpportunityInput toInput(Opportunity opportunity) {
        return new OpportunityInput(opportunity.name, opportunity.accountId, opportunity.primaryContactId,
                readContactRoles(opportunity.contactRoles), opportunity.pipelineId, opportunity.stageId,
                money(opportunity), opportunity.probability, opportunity.closeDate, opportunity.type,
                opportunity.forecastCategory, opportunity.lostReason, opportunity.nextStep, opportunity.ownerId,
                opportunity.campaignId, opportunity.leadSource, Tags.fromColumn(opportunity.tags));
    }

    @Override
    public OpportunityView toView(Opportunity opportunity) {
        return new OpportunityView(opportunity.id, opportunity.name, opportunity.accountId,
                opportunity.primaryContactId, readContactRoles(opportunity.contactRoles), opportunity.pipelineId,
                opportunity.stageId, opportunity.status, money(opportunity), opportunity.amountFromLineItems,
                opportunity.probability, opportunity.closeDate, opportunity.closedAt, opportunity.type,
                opportunity.forecastCategory, opportunity.lostReason, opportunity.nextStep, opportunity.ownerId,
                opportunity.campaignId, opportunity.leadSource, Tags.fromColumn(opportunity.tags), opportunity.createdAt,
                opportunity.updatedAt, opportunity.version);
    }

    private static Money money(Opportunity opportunity) {
        return opportunity.amount == null ? null : new Money(opportunity.amount, opportunity.amountCurrency);
    }

    /** Two decimals, as the column stores them, so a write's answer shows what a read will. */
    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private List<ContactRole> readContactRoles(String column) {
        try {
            return support.json().readValue(column, CONTACT_ROLES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored contact roles are not the JSON this service writes", e);
        }
    }

    private String writeJson(Object value) {
        try {
            return support.json().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Contact roles are plain records and always serialise", e);
        }
    }
}
