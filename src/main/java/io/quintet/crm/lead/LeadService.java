package io.quintet.crm.lead;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.JsonNode;

import io.quintet.crm.account.AccountInput;
import io.quintet.crm.account.AccountService;
import io.quintet.crm.account.AccountView;
import io.quintet.crm.activity.ActivityLink;
import io.quintet.crm.activity.ActivityService;
import io.quintet.crm.contact.ContactInput;
import io.quintet.crm.contact.ContactService;
import io.quintet.crm.contact.ContactView;
import io.quintet.crm.contact.LifecycleStage;
import io.quintet.crm.opportunity.OpportunityInput;
import io.quintet.crm.opportunity.OpportunityService;
import io.quintet.crm.opportunity.OpportunityType;
import io.quintet.crm.opportunity.OpportunityView;
import io.quintet.crm.platform.audit.ChangeRecorder;
import io.quintet.crm.platform.crud.ListQuery;
import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.model.Address;
import io.quintet.crm.platform.model.AddressColumns;
import io.quintet.crm.platform.model.Tags;
import io.quintet.crm.platform.query.FilterNode;
import io.quintet.crm.platform.query.Operator;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Permissions;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.smallrye.mutiny.Uni;

/**
 * Leads: owned records whose score is derived from the tenant's scoring rules on every write (and on every
 * change of their activities), whose owner comes from the assignment rules when a create names none, and
 * which convert into an account, a contact and optionally an opportunity in one transaction, their
 * activities linked to all of these.
 */
@ApplicationScoped
public class LeadService extends RecordService<Lead, LeadInput, LeadView> {

    static final QueryFields FIELDS = QueryFields.of("lead",
            QueryField.string("firstName", "e.firstName").sortable().build(),
            QueryField.string("lastName", "e.lastName").sortable().build(),
            QueryField.string("company", "e.company").sortable().build(),
            QueryField.string("title", "e.title").sortable().build(),
            QueryField.string("email", "e.email").caseInsensitive().sortable().build(),
            QueryField.string("phone", "e.phone").build(),
            QueryField.enumeration("source", "e.source", LeadSource.class).sortable().build(),
            QueryField.enumeration("status", "e.status", LeadStatus.class).sortable().build(),
            QueryField.enumeration("rating", "e.rating", LeadRating.class).sortable().build(),
            QueryField.integer("score", "e.score").sortable().build(),
            QueryField.string("industry", "e.industry").sortable().build(),
            QueryField.integer("companySize", "e.companySize").sortable().build(),
            QueryField.string("address.city", "e.address.city").sortable().build(),
            QueryField.string("address.region", "e.address.region").build(),
            QueryField.string("address.postalCode", "e.address.postalCode").build(),
            QueryField.string("address.country", "e.address.country").sortable().build(),
            QueryField.uuid("campaignId", "e.campaignId").build(),
            QueryField.uuid("ownerId", "e.ownerId").build(),
            QueryField.timestamp("convertedAt", "e.convertedAt").sortable().build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build(),
            QueryField.timestamp("updatedAt", "e.updatedAt").sortable().build());

    private final LeadScoringService scoring;
    private final LeadAssignmentService assignment;
    private final LeadActivityFacts activities;
    private final LeadJson json;
    private final AccountService accounts;
    private final ContactService contacts;
    private final OpportunityService opportunities;
    private final ActivityService activityService;

    LeadService(RecordSupport support, LeadScoringService scoring, LeadAssignmentService assignment,
            LeadActivityFacts activities, LeadJson json, AccountService accounts, ContactService contacts,
            OpportunityService opportunities, ActivityService activityService) {
        super(support, new RecordKind<>("lead", Lead.class, LeadInput.class, LeadView.class, FIELDS,
                "-createdAt", Lead::new));
        this.scoring = scoring;
        this.assignment = assignment;
        this.activities = activities;
        this.json = json;
        this.accounts = accounts;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.activityService = activityService;
    }

    @Override
    protected Uni<Void> checkRules(Mutiny.Session session, LeadInput input, Lead existing) {
        LeadStatus before = existing == null ? null : existing.status;
        if (input.status() == LeadStatus.CONVERTED && before != LeadStatus.CONVERTED) {
            throw ApiProblem.invalidField("status", "A lead becomes converted through POST /api/v1/leads/{id}/convert");
        }
        if (before == LeadStatus.CONVERTED && input.status() != LeadStatus.CONVERTED) {
            throw ApiProblem.invalidField("status", "A converted lead stays converted");
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    protected Uni<Void> derive(Mutiny.Session session, Lead lead, boolean creating) {
        Uni<Void> owner = creating && lead.ownerId == null ? assignment.assign(session, lead)
                : Uni.createFrom().voidItem();
        return owner.chain(() -> score(lead));
    }

    /** Recomputes the lead's score in the write's transaction. */
    private Uni<Void> score(Lead lead) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // The rules and activities are read in a session of their own: a query in the write's session would
        // flush the half-derived lead first, a second version bump for one change.
        return support.read(scoring::current).chain(current -> {
            // A lead being created has no id yet, and so no activities.
            Uni<List<ActivityFact>> facts = lead.id == null ? Uni.createFrom().item(List.of())
                    : activities.recent(TenantContext.require(), List.of(lead.id), current.rules(), now)
                            .map(byLead -> byLead.getOrDefault(lead.id, List.of()));
            return facts.invoke(recent -> applyScore(lead, current, recent, now)).replaceWithVoid();
        });
    }

    /**
     * Recomputes these leads' scores inside another write's transaction (an activity linked to them
     * changed), counting the activities as that transaction sees them. Like the background rescoring, it
     * bumps each lead's version and records no audit entry: no one changed the lead.
     */
    Uni<Void> rescore(Mutiny.Session session, UUID tenantId, Set<UUID> ids) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return support.read(scoring::current).chain(current -> session
                .createSelectionQuery("from Lead where id in :ids", Lead.class).setParameter("ids", ids)
                .getResultList()
                .chain(leads -> activities.recent(session, tenantId, ids, current.rules(), now)
                        .invoke(byLead -> leads.forEach(lead -> applyScore(lead, current,
                                byLead.getOrDefault(lead.id, List.of()), now))))
                .chain(session::flush));
    }

    private void applyScore(Lead lead, LeadScoringService.Current current, List<ActivityFact> recent, Instant now) {
        Instant createdAt = lead.createdAt == null ? now : lead.createdAt;
        ScoreBreakdown breakdown = LeadScorer.score(current.rules(), current.version(), attributes(lead), createdAt,
                recent, now);
        lead.score = breakdown.score();
        lead.scoreBreakdown = json.write(breakdown);
        lead.scoreRulesVersion = current.version();
        lead.scoredAt = now;
    }

    private static Map<String, Object> attributes(Lead lead) {
        Map<String, Object> values = new HashMap<>();
        values.put("firstName", lead.firstName);
        values.put("lastName", lead.lastName);
        values.put("company", lead.company);
        values.put("title", lead.title);
        values.put("email", lead.email);
        values.put("phone", lead.phone);
        values.put("source", lead.source == null ? null : lead.source.name());
        values.put("status", lead.status.name());
        values.put("rating", lead.rating == null ? null : lead.rating.name());
        values.put("industry", lead.industry);
        // Hibernate loads an address whose columns are all null as no address at all.
        AddressColumns address = lead.address == null ? new AddressColumns() : lead.address;
        values.put("city", address.city);
        values.put("region", address.region);
        values.put("country", address.country);
        values.put("description", lead.description);
        values.put("tags", lead.tags);
        values.put("companySize", lead.companySize);
        return values;
    }

    /** The lead's score breakdown, as last computed. */
    public Uni<ScoreBreakdown> breakdown(UUID id) {
        return breakdowns(List.of(id)).map(found -> {
            ScoreBreakdown breakdown = found.get(id);
            if (breakdown == null) {
                throw ApiProblem.notFound("lead", id);
            }
            return breakdown;
        });
    }

    /** The score breakdowns of the visible leads among these, in one query; for the batched GraphQL field. */
    public Uni<Map<UUID, ScoreBreakdown>> breakdowns(Collection<UUID> ids) {
        Permissions.require(objectType(), Action.READ);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return readVisibleEntities(ids).map(leads -> {
            Map<UUID, ScoreBreakdown> byId = new HashMap<>();
            leads.forEach(lead -> byId.put(lead.id, json.read(lead.scoreBreakdown, ScoreBreakdown.class)));
            return byId;
        });
    }

    private Uni<List<Lead>> readVisibleEntities(Collection<UUID> ids) {
        return findAll(ids).chain(visible -> visible.isEmpty() ? Uni.createFrom().item(List.<Lead>of())
                : support.read(session -> session.createSelectionQuery("from Lead where id in :ids", Lead.class)
                        .setParameter("ids", visible.stream().map(LeadView::id).toList()).getResultList()));
    }

    /**
     * Converts the lead in one transaction: account (given, matched by email domain, or created from the
     * company), contact (given, matched by email, or created under that account), opportunity (when asked
     * for), then the lead marked converted with its links; emits {@code lead.converted} with the previous
     * values. Any failure leaves everything as it was.
     */
    public Uni<LeadConversion> convert(UUID id, ConvertLeadRequest request, Long expectedVersion) {
        Permissions.require(objectType(), Action.UPDATE);
        ConvertLeadRequest given = request == null ? new ConvertLeadRequest(null, null, null) : request;
        support.validator().validate(given);
        return inTransaction(session -> load(session, id, expectedVersion).chain(lead -> {
            if (lead.status == LeadStatus.CONVERTED) {
                throw ApiProblem.conflict("The lead was already converted at " + lead.convertedAt);
            }
            JsonNode before = support.json().valueToTree(toView(lead));
            return account(session, lead, given.accountId()).chain(account -> contact(session, lead,
                    given.contactId(), account.id()).chain(contact -> opportunity(session, lead, given.opportunity(),
                    account.id(), contact.id()).call(opportunityId -> copyActivities(session, lead, account.id(),
                    contact.id(), opportunityId)).chain(opportunityId -> {
                        lead.status = LeadStatus.CONVERTED;
                        lead.convertedAccountId = account.id();
                        lead.convertedContactId = contact.id();
                        lead.convertedOpportunityId = opportunityId;
                        lead.convertedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                        return score(lead).chain(session::flush).chain(() -> {
                            LeadView view = toView(lead);
                            return support.changes().record(session, objectType(), lead.id,
                                    ChangeRecorder.Action.CONVERTED, before, support.json().valueToTree(view))
                                    .replaceWith(new LeadConversion(view, account.id(), account.created(),
                                            contact.id(), contact.created(), opportunityId));
                        });
                    })));
        }));
    }

    /** An account or contact the conversion linked, and whether it created it. */
    private record Linked(UUID id, boolean created) {
    }

    private Uni<Linked> account(Mutiny.Session session, Lead lead, UUID accountId) {
        if (accountId != null) {
            return accounts.isVisible(session, accountId).map(visible -> {
                if (!visible) {
                    throw ApiProblem.invalidField("accountId", "No account with id " + accountId);
                }
                return new Linked(accountId, false);
            });
        }
        String domain = emailDomain(lead.email);
        Uni<UUID> match = domain == null ? Uni.createFrom().nullItem()
                : accounts.list(equalTo(accounts.queryFields(), "domain", domain), null)
                        .map(page -> page.items().isEmpty() ? null : page.items().get(0).id());
        return match.chain(found -> found != null ? Uni.createFrom().item(new Linked(found, false))
                : accounts.createWithin(session, new AccountInput(accountName(lead), domain, lead.industry, null, null,
                        lead.companySize, lead.phone, null, Address.of(lead.address), null, null, lead.ownerId, null))
                        .map(created -> new Linked(created.id(), true)));
    }

    private Uni<Linked> contact(Mutiny.Session session, Lead lead, UUID contactId, UUID accountId) {
        if (contactId != null) {
            return contacts.isVisible(session, contactId).map(visible -> {
                if (!visible) {
                    throw ApiProblem.invalidField("contactId", "No contact with id " + contactId);
                }
                return new Linked(contactId, false);
            });
        }
        Uni<UUID> match = lead.email == null ? Uni.createFrom().nullItem()
                : contacts.list(equalTo(contacts.queryFields(), "email", lead.email), null)
                        .map(page -> page.items().isEmpty() ? null : page.items().get(0).id());
        return match.chain(found -> found != null ? Uni.createFrom().item(new Linked(found, false))
                : contacts.createWithin(session, new ContactInput(lead.firstName, lead.lastName, lead.email, lead.phone,
                        null, lead.title, null, accountId, LifecycleStage.SQL,
                        sourceName(lead),
                        Address.of(lead.address), false, lead.ownerId, Tags.fromColumn(lead.tags)))
                        .map(created -> new Linked(created.id(), true)));
    }

    /**
     * The opportunity step, when asked for: created through the opportunities' service in this transaction
     * (the default pipeline and its first stage unless given), for the account and with the contact as its
     * primary contact, owned by the lead's owner, with its campaign and source. Its field errors are named
     * under {@code opportunity.}.
     */
    private Uni<UUID> opportunity(Mutiny.Session session, Lead lead, ConvertLeadRequest.Opportunity opportunity,
            UUID accountId, UUID contactId) {
        if (opportunity == null) {
            return Uni.createFrom().nullItem();
        }
        OpportunityInput input = new OpportunityInput(opportunity.name(), accountId, contactId, null,
                opportunity.pipelineId(), opportunity.stageId(), opportunity.amount(), null, opportunity.closeDate(),
                opportunity.type() == null ? OpportunityType.NEW_BUSINESS : opportunity.type(), null, null,
                opportunity.nextStep(), lead.ownerId, lead.campaignId, sourceName(lead), null);
        return Uni.createFrom().deferred(() -> opportunities.createWithin(session, input))
                .onFailure(ApiProblem.class).transform(failure -> ((ApiProblem) failure).under("opportunity"))
                .map(OpportunityView::id);
    }

    /**
     * Every activity of the lead is linked to what the lead became as well, so that it shows on their
     * timelines: the same activity, more links.
     */
    private Uni<Integer> copyActivities(Mutiny.Session session, Lead lead, UUID accountId, UUID contactId,
            UUID opportunityId) {
        List<ActivityLink> targets = new ArrayList<>(List.of(new ActivityLink(accounts.objectType(), accountId),
                new ActivityLink(contacts.objectType(), contactId)));
        if (opportunityId != null) {
            targets.add(new ActivityLink(opportunities.objectType(), opportunityId));
        }
        return activityService.linkAlso(session, new ActivityLink(objectType(), lead.id), targets);
    }

    private static String sourceName(Lead lead) {
        return lead.source == null ? null : lead.source.name().toLowerCase(Locale.ROOT);
    }

    private static ListQuery equalTo(QueryFields fields, String field, String value) {
        return new ListQuery(1, null, FilterNode.Comparison.of(fields, field, Operator.EQ, List.of(value)), null);
    }

    private static String emailDomain(String email) {
        if (email == null) {
            return null;
        }
        String domain = email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        return domain.isEmpty() ? null : domain;
    }

    private static String accountName(Lead lead) {
        if (lead.company != null && !lead.company.isBlank()) {
            return lead.company.strip();
        }
        return String.join(" ", Stream.of(lead.firstName, lead.lastName)
                .filter(part -> part != null && !part.isBlank()).toList());
    }

    @Override
    protected void apply(LeadInput input, Lead lead) {
        lead.firstName = strip(input.firstName());
        lead.lastName = strip(input.lastName());
        lead.company = strip(input.company());
        lead.title = input.title();
        lead.email = input.email() == null ? null : input.email().strip();
        lead.phone = input.phone();
        lead.source = input.source();
        lead.status = input.status() == null ? LeadStatus.NEW : input.status();
        lead.rating = input.rating();
        lead.industry = input.industry();
        lead.companySize = input.companySize();
        lead.address = Address.toColumns(input.address());
        lead.campaignId = input.campaignId();
        lead.description = input.description();
        lead.disqualificationReason = input.disqualificationReason();
        lead.ownerId = input.ownerId();
        lead.tags = Tags.toColumn(input.tags());
    }

    @Override
    protected LeadInput toInput(Lead lead) {
        return new LeadInput(lead.firstName, lead.lastName, lead.company, lead.title, lead.email, lead.phone,
                lead.source, lead.status, lead.rating, lead.industry, lead.companySize, Address.of(lead.address),
                lead.campaignId, lead.description, lead.disqualificationReason, lead.ownerId, Tags.fromColumn(lead.tags));
    }

    @Override
    public LeadView toView(Lead lead) {
        return new LeadView(lead.id, lead.firstName, lead.lastName, lead.company, lead.title, lead.email, lead.phone,
                lead.source, lead.status, lead.rating, lead.score, lead.industry, lead.companySize,
                Address.of(lead.address), lead.campaignId, lead.description, lead.disqualificationReason,
                lead.convertedAccountId, lead.convertedContactId, lead.convertedOpportunityId, lead.convertedAt,
                lead.ownerId, Tags.fromColumn(lead.tags), lead.createdAt, lead.updatedAt, lead.version);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
