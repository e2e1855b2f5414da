package io.quintet.crm.webhook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Turns committed outbox events into deliveries, one per matching active subscription
 * whose owner may receive it (see {@link Audiences}). Exactly once: a
 * batch of events not yet fanned out is locked ({@code FOR UPDATE SKIP LOCKED}, so replicas take disjoint
 * batches), and its deliveries are inserted in the transaction that marks it fanned out. A crash before
 * commit leaves the batch to the next round; after commit it is done.
 */
@ApplicationScoped
class FanOut {

    static final int BATCH = 500;

    private final Pool pool;
    private final DeliveryStore store;
    private final Audiences audiences;

    FanOut(Pool pool, DeliveryStore store, Audiences audiences) {
        this.pool = pool;
        this.store = store;
        this.audiences = audiences;
    }

    /** Fans out one batch; the number of events it took (fewer than {@link #BATCH}: nothing is left). */
    Uni<Integer> once() {
        return pool.withTransaction(connection -> connection.preparedQuery("select tenant_id, id, event_type, "
                + "object_type, payload::text as payload from outbox_event where not fanned_out order by seq limit $1 "
                + "for update skip locked").execute(Tuple.of(BATCH))
                .chain(rows -> {
                    if (rows.rowCount() == 0) {
                        return Uni.createFrom().item(0);
                    }
                    List<Subscriber.Event> events = new ArrayList<>();
                    for (Row row : rows) {
                        events.add(new Subscriber.Event(row.getUUID("tenant_id"), row.getUUID("id"),
                                row.getString("event_type"), row.getString("object_type"),
                                store.readJson(row.getString("payload"))));
                    }
                    return subscribers(connection, events).chain(subscribers -> audiences
                            .of(subscribers.values().stream().flatMap(List::stream).toList())
                            .chain(audience -> {
                                List<Tuple> deliveries = new ArrayList<>();
                                for (Subscriber.Event event : events) {
                                    for (Subscriber subscriber : subscribers.getOrDefault(event.tenantId(), List.of())) {
                                        Tuple delivery = DeliveryStore.delivery(subscriber,
                                                audience.get(subscriber.id()), event);
                                        if (delivery != null) {
                                            deliveries.add(delivery);
                                        }
                                    }
                                }
                                return DeliveryStore.insertDeliveries(connection, deliveries);
                            })).chain(() -> connection.preparedQuery("update outbox_event o set fanned_out = true from "
                            + "unnest($1::uuid[], $2::uuid[]) as done (tenant_id, id) where o.tenant_id = done.tenant_id "
                            + "and o.id = done.id")
                            .execute(Tuple.of(events.stream().map(Subscriber.Event::tenantId).toArray(UUID[]::new),
                                    events.stream().map(Subscriber.Event::id).toArray(UUID[]::new))))
                            .replaceWith(events.size());
                }));
    }

    /** The active subscriptions of the events' tenants, by tenant. */
    private static Uni<Map<UUID, List<Subscriber>>> subscribers(SqlClient client, List<Subscriber.Event> events) {
        UUID[] tenants = events.stream().map(Subscriber.Event::tenantId).distinct().toArray(UUID[]::new);
        return client.preparedQuery("select tenant_id, id, event_types, fields, owner_type, owner_id from "
                + "webhook_subscription where tenant_id = any($1) and active").execute(Tuple.of(tenants))
                .map(rows -> {
                    Map<UUID, List<Subscriber>> byTenant = new HashMap<>();
                    for (Row row : rows) {
                        byTenant.computeIfAbsent(row.getUUID("tenant_id"), id -> new ArrayList<>())
                                .add(new Subscriber(row.getUUID("tenant_id"), row.getUUID("id"),
                                        List.of(row.getArrayOfStrings("event_types")),
                                        List.of(row.getArrayOfStrings("fields")),
                                        Subscriber.owner(row.getString("owner_type"), row.getString("owner_id"))));
                    }
                    return byTenant;
                });
    }
}
