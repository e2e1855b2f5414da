package io.quintet.crm.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.JsonNode;

import io.quintet.crm.platform.audit.ChangeRecorder;
import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.identity.CrmUser;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.quintet.crm.platform.timeline.LinkedActivityListener;
import io.smallrye.mutiny.Uni;

/**
 * Activities: the fields of their kind (see {@link KindFields}), a kind that never changes, and links
 * to records the caller can see, checked by the service of each linked object type. Leads and
 * opportunities become linkable as soon as their services exist. A write tells the
 * {@link LinkedActivityListener}s of the linked object types (lead scoring) which records it touched,
 * before it commits.
 */
@ApplicationScoped
public class ActivityService extends RecordService<Activity, ActivityInput, ActivityView> {

    /** The object types an activity may link to, when a service for them is deployed. */
    static final List<String> LINKABLE = List.of("account", "contact", "lead", "opportunity");

    private static final String KIND = "io.quintet.crm.activity.ActivityKind.";
    private static final String STATUS = "io.quintet.crm.activity.TaskStatus.";

    static final QueryFields FIELDS = QueryFields.of("activity",
            QueryField.enumeration("kind", "e.kind", ActivityKind.class).sortable().build(),
            QueryField.string("subject", "e.subject").sortable().build(),
            QueryField.date("dueDate", "e.dueDate").sortable().build(),
            QueryField.enumeration("status", "e.status", TaskStatus.class).sortable().build(),
            QueryField.enumeration("priority", "e.priority", TaskPriority.class).sortable().build(),
            QueryField.uuid("assigneeId", "e.assigneeId").build(),
            QueryField.enumeration("direction", "e.direction", CallDirection.class).build(),
            QueryField.integer("durationSeconds", "e.durationSeconds").build(),
            QueryField.string("outcome", "e.outcome").build(),
            QueryField.timestamp("startsAt", "e.startsAt").sortable().build(),
            QueryField.timestamp("endsAt", "e.endsAt").build(),
            QueryField.string("location", "e.location").build(),
            QueryField.string("from", "e.emailFrom").caseInsensitive().build(),
            QueryField.timestamp("sentAt", "e.sentAt").sortable().build(),
            // An open or in-progress task whose due date is before today (the database's date, UTC).
            QueryField.bool("overdue", "(case when e.kind = " + KIND + "TASK and e.status in (" + STATUS + "OPEN, "
                    + STATUS + "IN_PROGRESS) and e.dueDate < current_date then true else false end)").build(),
            QueryField.uuid("ownerId", "e.ownerId").build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build(),
            QueryField.timestamp("updatedAt", "e.updatedAt").sortable().build());

    private final Instance<RecordService<?, ?, ?>> services;
    private final Instance<LinkedActivityListener> listeners;

    /**
     * The records each open write transaction has touched so far (links before and after each change),
     * by its session: the record service's steps see only the session, and a transaction has one.
     */
    private final Map<Mutiny.Session, Set<ActivityLink>> touched = new ConcurrentHashMap<>();

    ActivityService(RecordSupport support, Instance<RecordService<?, ?, ?>> services,
            Instance<LinkedActivityListener> listeners) {
        super(support, new RecordKind<>("activity", Activity.class, ActivityInput.class, ActivityView.class, FIELDS,
                "-createdAt", Activity::new));
        this.services = services;
        this.listeners = listeners;
    }

    /** Every write runs here: after its work, and before it commits, the listeners hear what it touched. */
    @Override
    protected <T> Uni<T> inTransaction(Function<Mutiny.Session, Uni<T>> work) {
        return super.inTransaction(session -> {
            Set<ActivityLink> records = ConcurrentHashMap.newKeySet();
            touched.put(session, records);
            return Uni.createFrom().deferred(() -> work.apply(session))
                    .call(() -> tellListeners(session, records))
                    .eventually(() -> touched.remove(session));
        });
    }

    private void touch(Mutiny.Session session, Collection<ActivityLink> links) {
        Set<ActivityLink> records = touched.get(session);
        if (records != null) {
            records.addAll(links);
        }
    }

    private Uni<Void> tellListeners(Mutiny.Session session, Set<ActivityLink> records) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (LinkedActivityListener listener : listeners) {
            Set<UUID> ids = records.stream().filter(link -> link.object().equals(listener.objectType()))
                    .map(ActivityLink::id).collect(Collectors.toSet());
            if (!ids.isEmpty()) {
                all = all.chain(() -> session.flush())
                        .chain(() -> listener.activitiesChanged(session, TenantContext.require(), ids));
            }
        }
        return all;
    }

    @Override
    protected Uni<Void> beforeDelete(Mutiny.Session session, Activity activity, DeleteOptions options) {
        touch(session, links(activity));
        return Uni.createFrom().voidItem();
    }

    @Override
    protected Uni<Void> checkRules(Mutiny.Session session, ActivityInput input, Activity existing) {
        if (existing != null && input.kind() != existing.kind) {
            throw ApiProblem.invalidField("kind", "kind cannot change: this activity is a "
                    + existing.kind.name().toLowerCase() + "; create a new activity instead");
        }
        touch(session, input.links());
        if (existing != null) {
            touch(session, links(existing));
        }
        Set<String> known = new HashSet<>();
        Uni<Void> checks = Uni.createFrom().voidItem();
        for (int i = 0; i < input.links().size(); i++) {
            ActivityLink link = input.links().get(i);
            String field = "links[" + i + "]";
            RecordService<?, ?, ?> service = linkable(field + ".object", link.object());
            if (!known.add(link.object() + ":" + link.id())) {
                throw ApiProblem.invalidField(field, "names the same " + link.object() + " twice");
            }
            if (existing == null || !linked(existing, link)) {
                checks = checks.chain(() -> exists(service.isVisible(session, link.id()), field + ".id",
                        "No " + link.object() + " with id " + link.id()));
            }
        }
        if (input.assigneeId() != null && (existing == null || !input.assigneeId().equals(existing.assigneeId))) {
            checks = checks.chain(() -> activeUser(session, "assigneeId", input.assigneeId()));
        }
        if (input.attendees() != null) {
            checks = checks.chain(() -> attendees(session, input.attendees(), existing));
        }
        return checks;
    }

    private Uni<Void> attendees(Mutiny.Session session, Attendees attendees, Activity existing) {
        Set<UUID> knownUsers = existing == null ? Set.of() : Set.of(existing.attendeeUserIds);
        Set<UUID> knownContacts = existing == null ? Set.of() : Set.of(existing.attendeeContactIds);
        Uni<Void> checks = Uni.createFrom().voidItem();
        List<UUID> users = orEmpty(attendees.userIds());
        for (int i = 0; i < users.size(); i++) {
            UUID user = users.get(i);
            String field = "attendees.userIds[" + i + "]";
            if (!knownUsers.contains(user)) {
                checks = checks.chain(() -> activeUser(session, field, user));
            }
        }
        List<UUID> contacts = orEmpty(attendees.contactIds());
        for (int i = 0; i < contacts.size(); i++) {
            UUID contact = contacts.get(i);
            String field = "attendees.contactIds[" + i + "]";
            if (!knownContacts.contains(contact)) {
                RecordService<?, ?, ?> service = linkable(field, "contact");
                checks = checks.chain(() -> exists(service.isVisible(session, contact), field,
                        "No contact with id " + contact));
            }
        }
        return checks;
    }

    /** The service of a linkable object type, or a problem naming the types that can be linked now. */
    private RecordService<?, ?, ?> linkable(String field, String objectType) {
        if (LINKABLE.contains(objectType)) {
            for (RecordService<?, ?, ?> service : services) {
                if (service.objectType().equals(objectType)) {
                    return service;
                }
            }
        }
        List<String> available = new ArrayList<>();
        for (RecordService<?, ?, ?> service : services) {
            if (LINKABLE.contains(service.objectType())) {
                available.add(service.objectType());
            }
        }
        throw ApiProblem.invalidField(field, "must be one of " + String.join(", ", available.stream().sorted().toList()));
    }

    private static boolean linked(Activity existing, ActivityLink link) {
        for (int i = 0; i < existing.linkIds.length; i++) {
            if (existing.linkIds[i].equals(link.id()) && existing.linkObjects[i].equals(link.object())) {
                return true;
            }
        }
        return false;
    }

    private static Uni<Void> exists(Uni<Boolean> check, String field, String message) {
        return check.invoke(found -> {
            if (!found) {
                throw ApiProblem.invalidField(field, message);
            }
        }).replaceWithVoid();
    }

    private static Uni<Void> activeUser(Mutiny.Session session, String field, UUID userId) {
        return exists(session.find(CrmUser.class, userId).map(user -> user != null && user.active), field,
                "No active user with id " + userId);
    }

    @Override
    protected void apply(ActivityInput input, Activity activity) {
        activity.kind = input.kind();
        activity.subject = strip(input.subject());
        activity.body = input.body();
        boolean task = input.kind() == ActivityKind.TASK;
        activity.dueDate = input.dueDate();
        activity.status = task && input.status() == null ? TaskStatus.OPEN : input.status();
        activity.priority = task && input.priority() == null ? TaskPriority.NORMAL : input.priority();
        activity.assigneeId = input.assigneeId();
        activity.direction = input.direction();
        activity.durationSeconds = input.durationSeconds();
        activity.outcome = input.outcome();
        activity.startsAt = input.startsAt();
        activity.endsAt = input.endsAt();
        activity.location = input.location();
        Attendees attendees = input.attendees();
        activity.attendeeUserIds = distinct(attendees == null ? null : attendees.userIds());
        activity.attendeeContactIds = distinct(attendees == null ? null : attendees.contactIds());
        activity.emailFrom = strip(input.from());
        activity.emailTo = orEmpty(input.to()).stream().map(String::strip).toArray(String[]::new);
        activity.sentAt = input.sentAt();
        activity.linkObjects = input.links().stream().map(ActivityLink::object).toArray(String[]::new);
        activity.linkIds = input.links().stream().map(ActivityLink::id).toArray(UUID[]::new);
        activity.ownerId = input.ownerId();
    }

    @Override
    protected ActivityInput toInput(Activity activity) {
        ActivityView view = toView(activity);
        return new ActivityInput(view.kind(), view.subject(), view.body(), view.dueDate(), view.status(),
                view.priority(), view.assigneeId(), view.direction(), view.durationSeconds(), view.outcome(),
                view.startsAt(), view.endsAt(), view.location(), view.attendees(), view.from(), view.to(),
                view.sentAt(), view.links(), view.ownerId());
    }

    @Override
    public ActivityView toView(Activity activity) {
        boolean meeting = activity.kind == ActivityKind.MEETING;
        boolean email = activity.kind == ActivityKind.EMAIL;
        List<ActivityLink> links = links(activity);
        return new ActivityView(activity.id, activity.kind, activity.subject, activity.body, activity.dueDate,
                activity.status, activity.priority, activity.assigneeId, activity.direction, activity.durationSeconds,
                activity.outcome, activity.startsAt, activity.endsAt, activity.location,
                meeting ? new Attendees(List.of(activity.attendeeUserIds), List.of(activity.attendeeContactIds)) : null,
                activity.emailFrom, email ? List.of(activity.emailTo) : null, activity.sentAt, links,
                activity.ownerId, activity.createdAt, activity.updatedAt, activity.version);
    }

    private static List<ActivityLink> links(Activity activity) {
        List<ActivityLink> links = new ArrayList<>(activity.linkIds.length);
        for (int i = 0; i < activity.linkIds.length; i++) {
            links.add(new ActivityLink(activity.linkObjects[i], activity.linkIds[i]));
        }
        return links;
    }

    /**
     * The activities linked to these records that happened at or after {@code since} (a meeting's start,
     * an email's sending, else the activity's creation), whoever may see them, in one query in the
     * caller's session, so that a write's own changes count.
     */
    public Uni<List<ActivityOccurrence>> occurrences(Mutiny.Session session, UUID tenantId, String objectType,
            Collection<UUID> ids, Instant since) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return session.createNativeQuery("select l.object_id, a.kind, a.occurred_at from activity_link l "
                + "join activity a on a.tenant_id = l.tenant_id and a.id = l.activity_id "
                + "where l.tenant_id = :tenant and l.object_type = :type and l.object_id in (:ids) "
                + "and a.occurred_at >= :since", session.getResultSetMapping(ActivityOccurrence.class,
                        Activity.OCCURRENCE))
                .setParameter("tenant", tenantId)
                .setParameter("type", objectType)
                .setParameter("ids", ids)
                .setParameter("since", since)
                .getResultList();
    }

    /**
     * Links every activity of one record to more records as well, inside the caller's transaction: a
     * converted lead's activities join the account, contact and opportunity it became. This is how
     * activities are "copied": the same activity, on every one of those timelines. Each activity changed
     * is audited and announced as {@code activity.updated} with its previous links; the caller's own
     * permission on the activities is not asked, since the records' owner (the conversion) decides.
     */
    public Uni<Integer> linkAlso(Mutiny.Session session, ActivityLink from, List<ActivityLink> more) {
        UUID tenantId = TenantContext.require();
        return session.createNativeQuery("select activity_id from activity_link where tenant_id = :tenant "
                + "and object_type = :type and object_id = :id", UUID.class)
                .setParameter("tenant", tenantId)
                .setParameter("type", from.object())
                .setParameter("id", from.id())
                .getResultList()
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Activity>of())
                        : session.createSelectionQuery("from Activity where id in :ids order by id", Activity.class)
                                .setParameter("ids", ids).getResultList())
                .chain(activities -> {
                    Map<UUID, JsonNode> before = new LinkedHashMap<>();
                    for (Activity activity : activities) {
                        before.put(activity.id, support.json().valueToTree(toView(activity)));
                        List<ActivityLink> links = links(activity);
                        more.stream().filter(link -> !links.contains(link)).forEach(links::add);
                        activity.linkObjects = links.stream().map(ActivityLink::object).toArray(String[]::new);
                        activity.linkIds = links.stream().map(ActivityLink::id).toArray(UUID[]::new);
                    }
                    return session.flush().chain(() -> recordLinked(session, activities, before, 0))
                            .replaceWith(activities.size());
                });
    }

    private Uni<Void> recordLinked(Mutiny.Session session, List<Activity> activities, Map<UUID, JsonNode> before,
            int index) {
        if (index == activities.size()) {
            return Uni.createFrom().voidItem();
        }
        Activity activity = activities.get(index);
        return support.changes().record(session, objectType(), activity.id, ChangeRecorder.Action.UPDATED,
                before.get(activity.id), support.json().valueToTree(toView(activity)))
                .chain(() -> recordLinked(session, activities, before, index + 1));
    }

    private static UUID[] distinct(List<UUID> ids) {
        return orEmpty(ids).stream().distinct().toArray(UUID[]::new);
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
