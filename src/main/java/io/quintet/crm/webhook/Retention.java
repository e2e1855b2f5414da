package io.quintet.crm.webhook;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quintet.crm.platform.config.CrmConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Deletes outbox events and webhook deliveries older than {@code crm.webhooks.retention}. Every replica
 * runs the timer; a transaction-scoped advisory lock lets exactly one of them do the work each time.
 */
@ApplicationScoped
class Retention {

    /** The advisory lock key of this job ("webhook retention"). */
    private static final long LOCK = 0x5157_4852_4554_4e00L;
    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final Pool pool;
    private final Vertx vertx;
    private final CrmConfig.Webhooks config;
    private long timer = -1;

    Retention(Pool pool, Vertx vertx, CrmConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config.webhooks();
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.retentionInterval().toMillis(),
                tick -> run().subscribe().with(deleted -> {
                    if (deleted > 0) {
                        LOG.infof("Webhook retention deleted %d outbox events and deliveries", deleted);
                    }
                }, failure -> LOG.warn("Webhook retention failed", failure)));
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    /** Deletes what is past retention if this replica gets the lock; the rows deleted, or -1 without the lock. */
    Uni<Integer> run() {
        Tuple cutoff = Tuple.of(DeliveryStore.time(Instant.now().minus(config.retention())));
        return pool.withTransaction(connection -> connection.preparedQuery("select pg_try_advisory_xact_lock($1) as got")
                .execute(Tuple.of(LOCK))
                .chain(rows -> {
                    if (!rows.iterator().next().getBoolean("got")) {
                        return Uni.createFrom().item(-1);
                    }
                    return connection.preparedQuery("delete from webhook_delivery d using outbox_event e where "
                            + "e.tenant_id = d.tenant_id and e.id = d.event_id and (d.created_at < $1 or e.occurred_at < $1)")
                            .execute(cutoff)
                            .chain(deliveries -> connection.preparedQuery("delete from outbox_event where occurred_at < $1 "
                                    + "and fanned_out").execute(cutoff)
                                    .map(events -> deliveries.rowCount() + events.rowCount()));
                }));
    }
}
