package io.quintet.crm.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quintet.crm.platform.error.ApiProblem;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The delivery tables, through the reactive SQL client: the dispatcher works across tenants, so these
 * tables are read and written with the tenant named in every statement rather than by the Hibernate filter.
 */
@ApplicationScoped
class DeliveryStore {

    /** Most events one replay may queue; a wider window is refused rather than cut short. */
    static final int MAX_REPLAY = 10_000;

    private static final String DELIVERY_COLUMNS = "id, event_id, event_type, status, attempts, created_at, "
            + "next_attempt_at";

    private final Pool pool;
    private final ObjectMapper json;

    DeliveryStore(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** Writes a {@code webhook.test} event (already fanned out) and its one delivery, due now. */
    Uni<DeliveryView> enqueueTest(UUID tenantId, UUID subscriptionId, ObjectNode event) {
        UUID eventId = UUID.randomUUID();
        UUID deliveryId = UUID.randomUUID();
        return pool.withTransaction(connection -> connection.preparedQuery("insert into outbox_event (tenant_id, id, "
                + "event_type, object_type, object_id, occurred_at, payload, fanned_out) values ($1, $2, 'webhook.test', "
                + "'webhook', $3, now(), cast(cast($4 as text) as jsonb), true)")
                .execute(Tuple.of(tenantId, eventId, subscriptionId, event.toString()))
                .chain(() -> insertDeliveries(connection, List.of(Tuple.of(tenantId, deliveryId, subscriptionId, eventId,
                        "webhook.test").addString(null))))
                .chain(() -> select(connection, tenantId, deliveryId)));
    }

    /** Inserts deliveries, due now; each tuple is (tenant, id, subscription, event, event type). */
    static Uni<Void> insertDeliveries(SqlClient client, List<Tuple> deliveries) {
        if (deliveries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return client.preparedQuery("insert into webhook_delivery (tenant_id, id, subscription_id, event_id, "
                + "event_type, body, created_at, status, attempts, next_attempt_at) values ($1, $2, $3, $4, $5, $6, "
                + "now(), 'pending', 0, now())").executeBatch(deliveries).replaceWithVoid();
    }

    /** Up to {@code limit + 1} deliveries of the subscription, newest first, after {@code before} when given. */
    Uni<List<DeliveryView>> page(UUID tenantId, UUID subscriptionId, int limit, Keyset.Position before) {
        String sql = "select " + DELIVERY_COLUMNS + " from webhook_delivery where tenant_id = $1 and subscription_id = $2"
                + (before == null ? "" : " and (created_at < $4 or (created_at = $4 and id < $5))")
                + " order by created_at desc, id desc limit $3";
        Tuple params = Tuple.of(tenantId, subscriptionId, limit + 1);
        if (before != null) {
            params.addValue(time(before.createdAt())).addValue(before.id());
        }
        return pool.withConnection(connection -> connection.preparedQuery(sql).execute(params)
                .chain(rows -> {
                    List<Row> found = new ArrayList<>();
                    rows.forEach(found::add);
                    return withAttempts(connection, tenantId, found);
                }));
    }

    /** Makes the delivery due now with a fresh schedule; null when the subscription has no such delivery. */
    Uni<DeliveryView> retry(UUID tenantId, UUID subscriptionId, UUID deliveryId) {
        return pool.withTransaction(connection -> connection.preparedQuery("update webhook_delivery set "
                + "status = 'pending', attempts = 0, next_attempt_at = now() where tenant_id = $1 and "
                + "subscription_id = $2 and id = $3").execute(Tuple.of(tenantId, subscriptionId, deliveryId))
                .chain(updated -> updated.rowCount() == 0 ? Uni.createFrom().nullItem()
                        : select(connection, tenantId, deliveryId)));
    }

    /**
     * A delivery of the event to the subscriber, when it wants the event and its owner may receive
     * it; the row to insert, or null.
     */
    static Tuple delivery(Subscriber subscriber, Audiences.Audience audience, Subscriber.Event event) {
        if (!subscriber.wants(event)) {
            return null;
        }
        JsonNode payload = audience.payloadFor(event);
        if (payload == null) {
            return null;
        }
        return Tuple.tuple(List.of(event.tenantId(), UUID.randomUUID(), subscriber.id(), event.id(), event.type()))
                .addString(payload == event.payload() ? null : payload.toString());
    }

    /** Queues the window's retained events that the subscriber wants; the number queued. */
    Uni<Integer> replay(Subscriber subscriber, Audiences.Audience audience, Instant since, Instant until) {
        return pool.withTransaction(connection -> connection.preparedQuery("select id, event_type, object_type, "
                + "payload::text as payload from outbox_event where tenant_id = $1 and occurred_at >= $2 and "
                + "occurred_at < $3 order by seq limit $4")
                .execute(Tuple.of(subscriber.tenantId(), time(since), time(until), MAX_REPLAY + 1))
                .chain(rows -> {
                    if (rows.rowCount() > MAX_REPLAY) {
                        throw ApiProblem.invalidField("since", "The window holds more than " + MAX_REPLAY
                                + " events; replay a narrower one");
                    }
                    List<Tuple> deliveries = new ArrayList<>();
                    for (Row row : rows) {
                        Subscriber.Event event = new Subscriber.Event(subscriber.tenantId(), row.getUUID("id"),
                                row.getString("event_type"), row.getString("object_type"),
                                readJson(row.getString("payload")));
                        Tuple delivery = delivery(subscriber, audience, event);
                        if (delivery != null) {
                            deliveries.add(delivery);
                        }
                    }
                    return insertDeliveries(connection, deliveries).replaceWith(deliveries.size());
                }));
    }

    private Uni<DeliveryView> select(SqlClient client, UUID tenantId, UUID deliveryId) {
        return client.preparedQuery("select " + DELIVERY_COLUMNS + " from webhook_delivery where tenant_id = $1 and "
                + "id = $2").execute(Tuple.of(tenantId, deliveryId))
                .chain(rows -> {
                    List<Row> found = new ArrayList<>();
                    rows.forEach(found::add);
                    return withAttempts(client, tenantId, found);
                })
                .map(views -> views.isEmpty() ? null : views.get(0));
    }

    private static Uni<List<DeliveryView>> withAttempts(SqlClient client, UUID tenantId, List<Row> deliveries) {
        if (deliveries.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID[] ids = deliveries.stream().map(row -> row.getUUID("id")).toArray(UUID[]::new);
        return client.preparedQuery("select delivery_id, attempted_at, status_code, latency_ms, response_body, error "
                + "from webhook_attempt where tenant_id = $1 and delivery_id = any($2) order by attempted_at, id")
                .execute(Tuple.of(tenantId, ids))
                .map(rows -> {
                    Map<UUID, List<DeliveryView.Attempt>> attempts = new LinkedHashMap<>();
                    for (Row row : rows) {
                        attempts.computeIfAbsent(row.getUUID("delivery_id"), id -> new ArrayList<>())
                                .add(new DeliveryView.Attempt(instant(row, "attempted_at"), row.getInteger("status_code"),
                                        row.getInteger("latency_ms"), row.getString("response_body"),
                                        row.getString("error")));
                    }
                    return deliveries.stream().map(row -> {
                        boolean pending = row.getString("status").equals("pending");
                        return new DeliveryView(row.getUUID("id"), row.getUUID("event_id"), row.getString("event_type"),
                                row.getString("status"), row.getInteger("attempts"), instant(row, "created_at"),
                                pending ? instant(row, "next_attempt_at") : null,
                                attempts.getOrDefault(row.getUUID("id"), List.of()));
                    }).toList();
                });
    }

    ObjectNode readJson(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox payload is not JSON", e);
        }
    }

    static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
