package io.quintet.crm.platform.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.ConsumeEvent;
import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.EventRedaction;
import io.quintet.crm.platform.security.Permissions;
import io.quintet.crm.platform.sharing.Sharing;
import io.quintet.crm.platform.sharing.Visibility;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Live record changes on this replica: keeps the open {@code recordChanged} subscriptions per
 * tenant, loads each committed outbox event that {@link OutboxNotifications} announces (only for
 * tenants with a subscriber here), and hands it to every subscriber allowed to read it.
 *
 * <p>Delivery is at most once: an event is lost to a subscriber if this replica misses its
 * notification and the catch-up after a reconnect does not find it (more than
 * {@code crm.events.catch-up-limit} events, or one committed late with a lower sequence number).
 * Webhooks are the durable path.
 */
@ApplicationScoped
public class LiveRecordChanges {

    private static final int BATCH_SIZE = 500;
    /** Changes a subscriber may fall behind (a slow socket) before its subscription ends with an error, bounding memory. */
    private static final int MAX_BEHIND = 1000;
    private static final String BY_SEQ = "select seq, payload::text from outbox_event "
            + "where tenant_id = $1 and seq = any($2) order by seq";
    private static final String AFTER_SEQ = "select seq, payload::text from outbox_event "
            + "where tenant_id = $1 and seq > $2 order by seq limit $3";
    private static final String HIGHEST_SEQ = "select coalesce(max(seq), 0) from outbox_event where tenant_id = $1";
    private static final Logger LOG = Logger.getLogger(LiveRecordChanges.class);

    private final Pool pool;
    private final Mutiny.SessionFactory sessions;
    private final Sharing sharing;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final CrmConfig.Events config;
    private final Map<UUID, TenantFeed> feeds = new ConcurrentHashMap<>();

    LiveRecordChanges(Pool pool, Mutiny.SessionFactory sessions, Sharing sharing, ObjectMapper json, Vertx vertx,
            CrmConfig config) {
        this.pool = pool;
        this.sessions = sessions;
        this.sharing = sharing;
        this.json = json;
        this.vertx = vertx;
        this.config = config.events();
    }

    void start(@Observes StartupEvent event) {
        vertx.setPeriodic(config.visibilityRefresh().toMillis(), ignored -> refreshVisibility());
    }

    /**
     * The changes the current caller may read from now on, optionally only of these object types
     * and record ids (null: all). Runs on the subscribing request's context, where the caller is bound.
     */
    public Multi<RecordChange> subscribe(Set<String> types, Set<String> ids) {
        Caller caller = Caller.require();
        Context context = Vertx.currentContext();
        return visibility(caller)
                .chain(visibility -> pool.preparedQuery(HIGHEST_SEQ).execute(Tuple.of(caller.tenantId()))
                        .map(rows -> new Start(visibility, rows.iterator().next().getLong(0))))
                .onItem().transformToMulti(start -> Multi.createFrom().<RecordChange>emitter(emitter -> {
                    LiveSubscriber subscriber = new LiveSubscriber(caller, types, ids, start.visibility(), emitter,
                            context);
                    feeds.compute(caller.tenantId(), (tenant, feed) -> {
                        TenantFeed current = feed == null ? new TenantFeed(tenant) : feed;
                        current.add(subscriber, start.highestSeq());
                        return current;
                    });
                    emitter.onTermination(() -> feeds.computeIfPresent(caller.tenantId(),
                            (tenant, feed) -> feed.remove(subscriber) ? null : feed));
                }).onOverflow().buffer(MAX_BEHIND));
    }

    /** What a subscription starts from: its caller's visibility and the tenant's newest event, the base of a catch-up. */
    private record Start(Map<String, Visibility> visibility, long highestSeq) {
    }

    /** A notification from {@link OutboxNotifications}: a committed event, or a catch-up signal. */
    @ConsumeEvent(OutboxNotifications.ADDRESS)
    void onCommitted(JsonObject message) {
        if (message.getBoolean(OutboxNotifications.CATCH_UP, false)) {
            feeds.values().forEach(feed -> {
                feed.catchUp();
                drain(feed);
            });
            return;
        }
        TenantFeed feed = feeds.get(UUID.fromString(message.getString("tenantId")));
        if (feed != null) {
            feed.committed(message.getLong("seq"));
            drain(feed);
        }
    }

    /** Runs the feed's next load unless one is running; each load ends by looking for the next. */
    private void drain(TenantFeed feed) {
        TenantFeed.Work work = feed.start(BATCH_SIZE);
        if (work == null) {
            return;
        }
        Uni<RowSet<Row>> rows = work.seqs() != null
                ? pool.preparedQuery(BY_SEQ).execute(Tuple.of(feed.tenantId(), work.seqs().toArray(Long[]::new)))
                : pool.preparedQuery(AFTER_SEQ).execute(Tuple.of(feed.tenantId(), work.after(), config.catchUpLimit()));
        rows.subscribe().with(loaded -> {
            loaded.forEach(row -> deliver(feed, row.getLong(0), row.getString(1)));
            feed.finished();
            drain(feed);
        }, failure -> {
            LOG.warnf(failure, "Could not load outbox events of tenant %s for live subscribers", feed.tenantId());
            feed.finished();
            drain(feed);
        });
    }

    private void deliver(TenantFeed feed, long seq, String payload) {
        if (!feed.firstDelivery(seq)) {
            return;
        }
        JsonNode event;
        try {
            event = json.readTree(payload);
        } catch (JsonProcessingException e) {
            LOG.warnf("Outbox event %d of tenant %s is not JSON; not sent live", seq, feed.tenantId());
            return;
        }
        JsonNode data = event.path("data");
        String object = data.path("object").asText();
        for (LiveSubscriber subscriber : feed.subscribers()) {
            if (subscriber.accepts(data)) {
                // As the subscriber's role definitions stood when it subscribed.
                JsonNode visible = EventRedaction.redact(event, subscriber.caller().authority().fields(object));
                if (visible != null) {
                    subscriber.emit(change(visible));
                }
            }
        }
    }

    private static RecordChange change(JsonNode event) {
        JsonNode data = event.path("data");
        return new RecordChange(event.path("type").asText(), Instant.parse(event.path("timestamp").asText()),
                data.path("tenantId").asText(), data.path("object").asText(), data.path("id").asText(),
                jsonText(data.get("record")), jsonText(data.get("previous")));
    }

    private static JsonText jsonText(JsonNode fields) {
        return fields instanceof ObjectNode ? new JsonText(fields.toString()) : null;
    }

    /** Which owners' records the caller sees, per owned object type it may read. Needs the caller bound. */
    private Uni<Map<String, Visibility>> visibility(Caller caller) {
        List<String> readable = Sharing.OWNED_OBJECTS.stream()
                .filter(type -> Permissions.allows(caller, type, Action.READ))
                .toList();
        return sessions.withSession(session -> {
            Map<String, Visibility> all = new LinkedHashMap<>();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (String type : readable) {
                chain = chain.chain(() -> sharing.visibility(session, type).invoke(v -> all.put(type, v))).replaceWithVoid();
            }
            return chain.replaceWith(all);
        });
    }

    /** Teams and org-wide defaults change: each subscriber re-reads its visibility on its own request context. */
    private void refreshVisibility() {
        feeds.values().forEach(feed -> feed.subscribers().forEach(subscriber -> subscriber.context().runOnContext(
                ignored -> visibility(subscriber.caller()).subscribe().with(subscriber::visibility,
                        failure -> LOG.warnf(failure, "Could not refresh a live subscriber's visibility")))));
    }
}
