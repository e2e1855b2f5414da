package io.quintet.crm.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quintet.crm.platform.audit.ChangeRecorder;
import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.crud.MergePatch;
import io.quintet.crm.platform.crud.Page;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.DatabaseErrors;
import io.quintet.crm.platform.error.JsonErrors;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Permissions;
import io.quintet.crm.platform.validation.InputValidator;
import io.smallrye.mutiny.Uni;

/**
 * Webhook subscriptions: create, read, change, delete, rotate the secret, send a test event. Whoever may
 * manage webhooks (Permissions: object {@code webhook}, action MANAGE) may do so; a signed-in user sees all
 * of the tenant's subscriptions, an integration (a client, the tenant's admin client included) only those
 * it created: another's is answered as missing. Every change is audited like any record's.
 */
@ApplicationScoped
public class WebhookService {

    static final String OBJECT_TYPE = "webhook";

    private final Mutiny.SessionFactory sessions;
    private final InputValidator validator;
    private final ChangeRecorder changes;
    private final ObjectMapper json;
    private final ReceiverAddresses addresses;
    private final CrmConfig config;
    private final Keyset keyset;
    private final DeliveryStore deliveries;
    private final Dispatcher dispatcher;
    private final Audiences audiences;

    WebhookService(Mutiny.SessionFactory sessions, InputValidator validator, ChangeRecorder changes, ObjectMapper json,
            ReceiverAddresses addresses, CrmConfig config, Keyset keyset, DeliveryStore deliveries,
            Dispatcher dispatcher, Audiences audiences) {
        this.audiences = audiences;
        this.sessions = sessions;
        this.validator = validator;
        this.changes = changes;
        this.json = json;
        this.addresses = addresses;
        this.config = config;
        this.keyset = keyset;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
    }

    /** The current caller, who may manage webhooks. */
    static Caller manager() {
        Permissions.require(OBJECT_TYPE, Action.MANAGE);
        return Caller.require();
    }

    public Uni<WebhookView> create(WebhookInput input) {
        Caller caller = manager();
        if (input == null) {
            throw ApiProblem.invalidField("body", "A JSON request body is required");
        }
        check(input);
        return addresses.checkForSubscription(input.url()).chain(target -> sessions.withTransaction(session -> {
            WebhookSubscription subscription = new WebhookSubscription();
            subscription.ownerType = caller.actorType().name().toLowerCase();
            subscription.ownerId = caller.principal();
            subscription.secret = Signatures.newSecret();
            apply(input, subscription);
            return session.persist(subscription).chain(session::flush)
                    .chain(() -> audit(session, subscription, ChangeRecorder.Action.CREATED, null))
                    .replaceWith(() -> view(subscription, subscription.secret));
        })).onFailure().transform(DatabaseErrors::asClientError);
    }

    public Uni<WebhookView> get(UUID id) {
        Caller caller = manager();
        return sessions.withSession(session -> find(session, caller, id)).map(found -> view(found, null));
    }

    /** One page of the caller's subscriptions, oldest first. */
    public Uni<Page<WebhookView>> list(int limit, String cursor) {
        Caller caller = manager();
        Keyset.Position after = keyset.decode(OBJECT_TYPE, cursor);
        StringBuilder hql = new StringBuilder("from WebhookSubscription e where 1 = 1");
        if (isIntegration(caller)) {
            hql.append(" and e.ownerType = 'client' and e.ownerId = :owner");
        }
        if (after != null) {
            hql.append(" and (e.createdAt > :at or (e.createdAt = :at and e.id > :id))");
        }
        hql.append(" order by e.createdAt, e.id");
        return sessions.withSession(session -> {
            var query = session.createSelectionQuery(hql.toString(), WebhookSubscription.class)
                    .setMaxResults(limit + 1);
            if (isIntegration(caller)) {
                query.setParameter("owner", caller.principal());
            }
            if (after != null) {
                query.setParameter("at", after.createdAt()).setParameter("id", after.id());
            }
            return query.getResultList();
        }).map(found -> {
            boolean more = found.size() > limit;
            List<WebhookSubscription> page = more ? found.subList(0, limit) : found;
            WebhookSubscription last = page.isEmpty() ? null : page.get(page.size() - 1);
            return new Page<>(page.stream().map(subscription -> view(subscription, null)).toList(),
                    more ? keyset.encode(OBJECT_TYPE, last.createdAt, last.id) : null);
        });
    }

    /** Applies a JSON Merge Patch; {@code active: true} on a disabled subscription resumes what is pending. */
    public Uni<WebhookView> patch(UUID id, JsonNode patch, Long expectedVersion) {
        Caller caller = manager();
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.validation("A merge patch must be a JSON object", List.of());
        }
        return sessions.withSession(session -> find(session, caller, id)).chain(current -> {
            WebhookInput input = readInput(MergePatch.apply(json.valueToTree(input(current)), patch));
            check(input);
            Uni<?> checked = input.url().equals(current.url) ? Uni.createFrom().voidItem()
                    : addresses.checkForSubscription(input.url());
            return checked.chain(() -> change(caller, id, expectedVersion, subscription -> {
                boolean resumed = !subscription.active && !Boolean.FALSE.equals(input.active());
                apply(input, subscription);
                if (resumed) {
                    subscription.failureStreak = 0;
                    subscription.pausedUntil = null;
                    subscription.disabledReason = null;
                }
                return null;
            }));
        }).invoke(dispatcher::wake);
    }

    public Uni<Void> delete(UUID id, Long expectedVersion) {
        Caller caller = manager();
        return sessions.withTransaction(session -> find(session, caller, id).chain(subscription -> {
            checkVersion(subscription, expectedVersion);
            JsonNode before = json.valueToTree(view(subscription, null));
            return session.remove(subscription).chain(session::flush)
                    .chain(() -> changes.record(session, OBJECT_TYPE, id, ChangeRecorder.Action.DELETED, before,
                            null));
        }));
    }

    /**
     * A new secret, returned in this answer only; the old one keeps signing next to it for
     * {@code crm.webhooks.secret-rotation-overlap}.
     */
    public Uni<WebhookView> rotateSecret(UUID id) {
        Caller caller = manager();
        return change(caller, id, null, subscription -> {
            subscription.previousSecret = subscription.secret;
            subscription.previousSecretExpiresAt = Instant.now().plus(config.webhooks().secretRotationOverlap())
                    .truncatedTo(ChronoUnit.MICROS);
            subscription.secret = Signatures.newSecret();
            return subscription.secret;
        });
    }

    /** Queues a {@code webhook.test} event for this subscription alone, due now. */
    public Uni<DeliveryView> sendTest(UUID id) {
        Caller caller = manager();
        return sessions.withSession(session -> find(session, caller, id))
                .chain(subscription -> {
                    ObjectNode event = json.createObjectNode();
                    event.put("type", "webhook.test");
                    event.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MICROS).toString());
                    ObjectNode data = event.putObject("data");
                    data.put("tenantId", subscription.tenantId.toString());
                    data.put("object", OBJECT_TYPE);
                    data.put("id", subscription.id.toString());
                    data.set("record", json.valueToTree(view(subscription, null)));
                    return deliveries.enqueueTest(subscription.tenantId, subscription.id, event);
                })
                .invoke(dispatcher::wake);
    }

    /** One page of the subscription's deliveries, newest first, each with its attempts. */
    public Uni<Page<DeliveryView>> deliveries(UUID id, int limit, String cursor) {
        Caller caller = manager();
        Keyset.Position before = keyset.decode("webhookDelivery", cursor);
        return sessions.withSession(session -> find(session, caller, id))
                .chain(subscription -> deliveries.page(subscription.tenantId, id, limit, before))
                .map(found -> {
                    boolean more = found.size() > limit;
                    List<DeliveryView> page = more ? found.subList(0, limit) : found;
                    DeliveryView last = page.isEmpty() ? null : page.get(page.size() - 1);
                    return new Page<>(page, more ? keyset.encode("webhookDelivery", last.createdAt(), last.id())
                            : null);
                });
    }

    /** Sends the delivery again now, with a fresh retry schedule. */
    public Uni<DeliveryView> retry(UUID id, UUID deliveryId) {
        Caller caller = manager();
        return sessions.withSession(session -> find(session, caller, id))
                .chain(subscription -> deliveries.retry(subscription.tenantId, id, deliveryId))
                .map(found -> {
                    if (found == null) {
                        throw ApiProblem.notFound("delivery", deliveryId);
                    }
                    return found;
                })
                .invoke(dispatcher::wake);
    }

    /** Queues again every retained event of {@code [since, until)} that the subscription wants. */
    public Uni<Integer> replay(UUID id, Instant since, Instant until) {
        Caller caller = manager();
        Instant end = until == null ? Instant.now() : until;
        return sessions.withSession(session -> find(session, caller, id))
                .chain(subscription -> {
                    if (since == null) {
                        throw ApiProblem.invalidField("since",
                                "since is required: an ISO-8601 instant such as 2026-01-01T00:00:00Z");
                    }
                    if (!end.isAfter(since)) {
                        throw ApiProblem.invalidField("until", "until must be after since");
                    }
                    Subscriber subscriber = subscriber(subscription);
                    return audiences.audience(subscriber)
                            .chain(audience -> deliveries.replay(subscriber, audience, since, end));
                })
                .invoke(dispatcher::wake);
    }

    private static Subscriber subscriber(WebhookSubscription subscription) {
        return new Subscriber(subscription.tenantId, subscription.id, List.of(subscription.eventTypes),
                List.of(subscription.fields), Subscriber.owner(subscription.ownerType, subscription.ownerId));
    }

    private interface Mutation {
        /** Changes the subscription; returns a secret to show in the answer, or null. */
        String apply(WebhookSubscription subscription);
    }

    private Uni<WebhookView> change(Caller caller, UUID id, Long expectedVersion, Mutation mutation) {
        return sessions.withTransaction(session -> find(session, caller, id).chain(subscription -> {
            checkVersion(subscription, expectedVersion);
            JsonNode before = json.valueToTree(view(subscription, null));
            String secret = mutation.apply(subscription);
            return session.flush()
                    .chain(() -> audit(session, subscription, ChangeRecorder.Action.UPDATED, before))
                    .replaceWith(() -> view(subscription, secret));
        })).onFailure().transform(DatabaseErrors::asClientError);
    }

    private Uni<WebhookSubscription> find(Mutiny.Session session, Caller caller, UUID id) {
        return session.find(WebhookSubscription.class, id).map(found -> {
            if (found == null || isIntegration(caller)
                    && !(found.ownerType.equals("client") && found.ownerId.equals(caller.principal()))) {
                throw ApiProblem.notFound(OBJECT_TYPE, id);
            }
            return found;
        });
    }

    private static boolean isIntegration(Caller caller) {
        return caller.actorType() == Caller.ActorType.CLIENT;
    }

    private static void checkVersion(WebhookSubscription subscription, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != subscription.version) {
            throw ApiProblem.staleVersion(expectedVersion, subscription.version);
        }
    }

    private void check(WebhookInput input) {
        validator.validate(input);
        EventTypes.validate(input.eventTypes());
        if (input.fields() != null && input.fields().contains(null)) {
            throw ApiProblem.invalidField("fields", "fields must not hold null");
        }
    }

    private static void apply(WebhookInput input, WebhookSubscription subscription) {
        subscription.url = input.url().strip();
        subscription.description = input.description();
        subscription.eventTypes = input.eventTypes().stream().distinct().toArray(String[]::new);
        subscription.fields = input.fields() == null ? new String[0]
                : input.fields().stream().distinct().toArray(String[]::new);
        subscription.active = !Boolean.FALSE.equals(input.active());
    }

    private static WebhookInput input(WebhookSubscription subscription) {
        return new WebhookInput(subscription.url, subscription.description, Arrays.asList(subscription.eventTypes),
                Arrays.asList(subscription.fields), subscription.active);
    }

    private WebhookInput readInput(JsonNode node) {
        try {
            return json.treeToValue(node, WebhookInput.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.toProblem(e);
        }
    }

    private Uni<Void> audit(Mutiny.Session session, WebhookSubscription subscription, ChangeRecorder.Action action,
            JsonNode before) {
        return changes.record(session, OBJECT_TYPE, subscription.id, action, before,
                json.valueToTree(view(subscription, null)));
    }

    static WebhookView view(WebhookSubscription subscription, String secret) {
        return new WebhookView(subscription.id, subscription.url, subscription.description,
                List.of(subscription.eventTypes), List.of(subscription.fields), subscription.active,
                subscription.disabledReason, Subscriber.owner(subscription.ownerType, subscription.ownerId), secret,
                subscription.previousSecretExpiresAt, subscription.createdAt, subscription.updatedAt,
                subscription.version);
    }
}
