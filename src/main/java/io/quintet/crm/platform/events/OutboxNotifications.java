package io.quintet.crm.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quintet.crm.platform.config.CrmConfig;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.PgNotification;

/**
 * This replica's ear on PostgreSQL: one dedicated connection that {@code LISTEN}s on the channel the
 * outbox trigger (V8) notifies, and repeats each notification on the Vert.x event bus, where the
 * webhook dispatcher and the live subscriptions pick it up.
 *
 * <p>Messages on {@link #ADDRESS} are either a committed event, {@code {"tenantId","seq","id"}}, or,
 * after the connection was lost and re-opened, {@code {"catchUp":true}}: notifications sent while it
 * was down are gone, so consumers look in the outbox for what they missed.
 */
@ApplicationScoped
public class OutboxNotifications {

    /** Event bus address of committed outbox events and of catch-up signals. */
    public static final String ADDRESS = "crm.outbox.committed";
    /** The field that marks a catch-up signal. */
    public static final String CATCH_UP = "catchUp";

    static final String CHANNEL = "crm_outbox";
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);

    private final Vertx vertx;
    private final PgConnectOptions options;
    private final Duration maxDelay;

    private PgConnection connection;
    private int failedAttempts;
    private boolean listenedBefore;
    private boolean stopped;

    OutboxNotifications(Vertx vertx, CrmConfig config,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") List<String> urls,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.maxDelay = config.events().reconnectMaxDelay();
        this.options = connectOptions(urls.get(0), username, password);
    }

    /** The datasource's first server, as the reactive pool reaches it (Quarkus accepts a {@code vertx-reactive:} prefix). */
    static PgConnectOptions connectOptions(String url, Optional<String> username, Optional<String> password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        return options.setTcpKeepAlive(true);
    }

    void start(@Observes StartupEvent event) {
        connect();
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (connection != null) {
            connection.close();
        }
    }

    private void connect() {
        PgConnection.connect(vertx, options).onComplete(opened -> {
            if (opened.failed()) {
                retryLater(opened.cause());
                return;
            }
            PgConnection conn = opened.result();
            conn.notificationHandler(this::announce);
            conn.closeHandler(ignored -> dropped(conn));
            conn.query("LISTEN " + CHANNEL).execute().onComplete(listen -> {
                if (listen.failed()) {
                    LOG.warnf(listen.cause(), "LISTEN %s failed; reconnecting", CHANNEL);
                    conn.close();
                } else {
                    listening(conn);
                }
            });
        });
    }

    private void listening(PgConnection conn) {
        boolean reconnected;
        synchronized (this) {
            if (stopped) {
                conn.close();
                return;
            }
            connection = conn;
            failedAttempts = 0;
            reconnected = listenedBefore;
            listenedBefore = true;
        }
        LOG.infof("Listening for committed outbox events on channel %s", CHANNEL);
        if (reconnected) {
            vertx.eventBus().publish(ADDRESS, new JsonObject().put(CATCH_UP, true));
        }
    }

    /** The one path back after a lost connection, including one closed because LISTEN failed. */
    private void dropped(PgConnection conn) {
        synchronized (this) {
            if (connection == conn) {
                connection = null;
            }
            if (stopped) {
                return;
            }
        }
        retryLater(null);
    }

    private void retryLater(Throwable cause) {
        long delay;
        synchronized (this) {
            if (stopped) {
                return;
            }
            delay = backoff(failedAttempts++);
        }
        if (cause == null) {
            LOG.warnf("The LISTEN connection dropped; reconnecting in %d ms", delay);
        } else {
            LOG.warnf("Could not open the LISTEN connection (%s); retrying in %d ms", cause.getMessage(), delay);
        }
        vertx.setTimer(delay, ignored -> connect());
    }

    /** Doubling from 250 ms up to the configured maximum, with up to 20 % jitter so replicas do not retry in step. */
    private long backoff(int attempt) {
        long base = Math.min(maxDelay.toMillis(), FIRST_RETRY.toMillis() << Math.min(attempt, 20));
        return base + ThreadLocalRandom.current().nextLong(base / 5 + 1);
    }

    private void announce(PgNotification notification) {
        if (!CHANNEL.equals(notification.getChannel())) {
            return;
        }
        try {
            vertx.eventBus().publish(ADDRESS, new JsonObject(notification.getPayload()));
        } catch (RuntimeException e) {
            LOG.warnf("Ignored an unreadable notification on %s: %s", CHANNEL, notification.getPayload());
        }
    }
}
