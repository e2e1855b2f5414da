package io.quintet.crm.activity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.identity.CrmUser;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.smallrye.mutiny.Uni;

/**
 * Activities: the fields of their kind (see {@link KindFields}), a kind that never changes, and links
 * to records the caller can see, checked by the service of each linked object type. Leads and
 * opportunities become linkable as soon as their services exist.
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

    ActivityService(RecordSupport support, Instance<RecordService<?, ?, ?>> services) {
        super(support, new RecordKind<>("activity", Activity.class, ActivityInput.class, ActivityView.class, FIELDS,
                "-createdAt", Activity::new));
        this.services = services;
    }

    @Override
    protected Uni<Void> checkRules(Mutiny.Session session, ActivityInput input, Activity existing) {
        if (existing != null && input.kind() != existing.kind) {
            throw ApiProblem.invalidField("kind", "kind cannot change: this activity is a "
                    + existing.kind.name().toLowerCase() + "; create a new activity instead");
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
        List<ActivityLink> links = new ArrayList<>(activity.linkIds.length);
        for (int i = 0; i < activity.linkIds.length; i++) {
            links.add(new ActivityLink(activity.linkObjects[i], activity.linkIds[i]));
        }
        return new ActivityView(activity.id, activity.kind, activity.subject, activity.body, activity.dueDate,
                activity.status, activity.priority, activity.assigneeId, activity.direction, activity.durationSeconds,
                activity.outcome, activity.startsAt, activity.endsAt, activity.location,
                meeting ? new Attendees(List.of(activity.attendeeUserIds), List.of(activity.attendeeContactIds)) : null,
                activity.emailFrom, email ? List.of(activity.emailTo) : null, activity.sentAt, links,
                activity.ownerId, activity.createdAt, activity.updatedAt, activity.version);
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
