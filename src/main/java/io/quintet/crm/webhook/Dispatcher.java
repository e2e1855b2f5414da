package io.quintet.crm.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quintet.crm.platform.events.OutboxNotifications;
import io.quintet.crm.platform.config.CrmConfig;
import io.smallrye.mutiny.Uni;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.net.SocketAddress;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Delivers webhooks. Each round fans out new outbox events, then claims due deliveries through the
 * database ({@code FOR UPDATE SKIP LOCKED}; a claim is a lease in {@code locked_until}, so a replica that
 * dies mid-send only delays its deliveries until the lease runs out), sends them outside any transaction
 * with the non-blocking Vert.x client, and records each attempt in a short transaction of its own.
 * Rounds run on a timer and whenever the event bus address {@value OutboxNotifications#ADDRESS} announces new events.
 */
@ApplicationScoped
class Dispatcher {

    /** Published (by whoever listens to PostgreSQL NOTIFY) when outbox events have committed. */

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final int RESPONSE_KEPT = 1024;
    private static final int ERROR_KEPT = 1000;
    /** The longest Retry-After honoured; a receiver cannot park a delivery for longer. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private final Pool pool;
    private final Vertx vertx;
    private final FanOut fanOut;
    private final ReceiverAddresses addresses;
    private final ObjectMapper json;
    private final CrmConfig.Webhooks config;
    private final RetrySchedule schedule;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopped;
    private WebClient client;
    private long timer = -1;

    Dispatcher(Pool pool, Vertx vertx, FanOut fanOut, ReceiverAddresses addresses, ObjectMapper json,
            CrmConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.fanOut = fanOut;
        this.addresses = addresses;
        this.json = json;
        this.config = config.webhooks();
        this.schedule = RetrySchedule.parse(this.config.retrySchedule());
        if (this.config.lease().compareTo(this.config.timeout().plusSeconds(5)) < 0) {
            throw new IllegalArgumentException("crm.webhooks.lease must exceed crm.webhooks.timeout by 5 s at least");
        }
    }

    void start(@Observes StartupEvent event) {
        client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false).setTryUseCompression(false)
                .setConnectTimeout((int) config.timeout().toMillis()).setForceSni(true)
                .setUserAgent("Quintet-CRM-Webhooks/1"));
        timer = vertx.setPeriodic(config.pollInterval().toMillis(), tick -> wake());
        vertx.eventBus().consumer(OutboxNotifications.ADDRESS).handler(message -> wake());
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    /** Runs a round now, or right after the one in progress. */
    void wake() {
        again.set(true);
        if (stopped || !running.compareAndSet(false, true)) {
            return;
        }
        again.set(false);
        // Each round on a context of its own: fan-out reads role and sharing definitions through
        // Hibernate Reactive, which runs only on a duplicated context flagged safe.
        Context round = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(round, true);
        round.runOnContext(ignored -> runRound());
    }

    private void runRound() {
        fanOutAll().chain(this::claim).subscribe().with(claimed -> {
            claimed.forEach(delivery -> deliver(delivery).subscribe().with(done -> wake(),
                    failure -> {
                        LOG.warnf(failure, "Recording webhook delivery %s failed; its lease will expire", delivery.id());
                        wake();
                    }));
            finishRound();
        }, failure -> {
            LOG.warn("A webhook dispatch round failed", failure);
            finishRound();
        });
    }

    private void finishRound() {
        running.set(false);
        if (again.get()) {
            wake();
        }
    }

    private Uni<Void> fanOutAll() {
        return fanOut.once().chain(taken -> taken == FanOut.BATCH ? fanOutAll() : Uni.createFrom().voidItem());
    }

    /** A delivery claimed for one attempt, with what sending it needs. */
    record Claimed(UUID tenantId, UUID id, UUID subscriptionId, UUID eventId, int attempts,
            int failureStreak, String url, List<String> secrets, String body) {
    }

    /** What one attempt came to: a status code (null when no answer), the start of the body, or an error. */
    record Outcome(Integer statusCode, String response, String error, Duration retryAfter, int latencyMs) {

        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /**
     * Claims due deliveries: pending, past their time and lease, of active subscriptions that are not paused,
     * at most {@code concurrency} in flight per subscription (one while it is failing, as a probe).
     */
    private Uni<List<Claimed>> claim() {
        if (stopped) {
            return Uni.createFrom().item(List.of());
        }
        String sql = """
                with due as (
                    select d.tenant_id, d.id,
                           row_number() over (partition by d.tenant_id, d.subscription_id
                                              order by d.next_attempt_at, d.id) as place,
                           coalesce(f.busy, 0) as busy,
                           case when s.failure_streak > 0 then 1 else $1 end as room
                    from webhook_delivery d
                    join webhook_subscription s on s.tenant_id = d.tenant_id and s.id = d.subscription_id
                    left join (select tenant_id, subscription_id, count(*) as busy from webhook_delivery
                               where status = 'pending' and locked_until > now()
                               group by tenant_id, subscription_id) f
                           on f.tenant_id = d.tenant_id and f.subscription_id = d.subscription_id
                    where d.status = 'pending' and d.next_attempt_at <= now()
                      and (d.locked_until is null or d.locked_until <= now())
                      and s.active and (s.paused_until is null or s.paused_until <= now())
                ), claimed as (
                    select c.tenant_id, c.id from webhook_delivery c
                    where (c.tenant_id, c.id) in (select tenant_id, id from due where place + busy <= room)
                      and c.status = 'pending' and (c.locked_until is null or c.locked_until <= now())
                    order by c.next_attempt_at
                    limit $2
                    for update of c skip locked
                ), leased as (
                    update webhook_delivery d set locked_until = now() + $3 * interval '1 millisecond'
                    from claimed where d.tenant_id = claimed.tenant_id and d.id = claimed.id
                    returning d.tenant_id, d.id, d.subscription_id, d.event_id, d.attempts, d.body
                )
                select l.tenant_id, l.id, l.subscription_id, l.event_id, l.attempts, s.failure_streak,
                       s.url, s.secret,
                       case when s.previous_secret_expires_at > now() then s.previous_secret end as previous_secret,
                       coalesce(l.body, e.payload::text) as payload
                from leased l
                join webhook_subscription s on s.tenant_id = l.tenant_id and s.id = l.subscription_id
                join outbox_event e on e.tenant_id = l.tenant_id and e.id = l.event_id
                """;
        return pool.withTransaction(connection -> connection.preparedQuery(sql)
                .execute(Tuple.of(config.concurrency(), config.claimBatch(), (double) config.lease().toMillis())))
                .map(rows -> {
                    List<Claimed> claimed = new ArrayList<>();
                    for (Row row : rows) {
                        List<String> secrets = new ArrayList<>();
                        secrets.add(row.getString("secret"));
                        if (row.getString("previous_secret") != null) {
                            secrets.add(row.getString("previous_secret"));
                        }
                        claimed.add(new Claimed(row.getUUID("tenant_id"), row.getUUID("id"),
                                row.getUUID("subscription_id"), row.getUUID("event_id"), row.getInteger("attempts"),
                                row.getInteger("failure_streak"), row.getString("url"),
                                secrets, row.getString("payload")));
                    }
                    return claimed;
                });
    }

    private Uni<Void> deliver(Claimed delivery) {
        Instant attemptedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long started = System.nanoTime();
        return send(delivery)
                .map(response -> outcome(response, started))
                .onFailure().recoverWithItem(failure -> new Outcome(null, null, describe(failure), null,
                        elapsedMs(started)))
                .chain(outcome -> record(delivery, attemptedAt, outcome));
    }

    /** Resolves and checks the receiver's address now, then posts the signed event to exactly that address. */
    private Uni<HttpResponse<Buffer>> send(Claimed delivery) {
        return addresses.resolve(delivery.url()).chain(target -> {
            String id = delivery.eventId().toString();
            long timestamp = Instant.now().getEpochSecond();
            return client.request(HttpMethod.POST,
                    SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()),
                    target.port(), target.host(), target.requestUri())
                    .ssl(target.https())
                    .followRedirects(false)
                    .timeout(config.timeout().toMillis())
                    .putHeader("content-type", "application/json")
                    .putHeader("webhook-id", id)
                    .putHeader("webhook-timestamp", Long.toString(timestamp))
                    .putHeader("webhook-signature", Signatures.header(delivery.secrets(), id, timestamp,
                            delivery.body()))
                    .sendBuffer(Buffer.buffer(delivery.body()));
        }).ifNoItem().after(config.timeout()).failWith(() -> new IllegalStateException(
                "No answer within " + config.timeout().toMillis() + " ms"));
    }

    private Outcome outcome(HttpResponse<Buffer> response, long started) {
        int status = response.statusCode();
        Buffer body = response.body();
        String text = null;
        if (body != null && body.length() > 0) {
            byte[] bytes = body.getBytes(0, Math.min(body.length(), RESPONSE_KEPT));
            text = new String(bytes, StandardCharsets.UTF_8);
            if (text.length() > RESPONSE_KEPT) {
                text = text.substring(0, RESPONSE_KEPT);
            }
        }
        String error = null;
        if (status >= 300 && status < 400) {
            error = "Redirects are not followed (Location: " + response.getHeader("location") + ")";
        }
        Duration retryAfter = status == 429 || status == 503 ? retryAfter(response.getHeader("retry-after")) : null;
        return new Outcome(status, text, error, retryAfter, elapsedMs(started));
    }

    /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(Instant.now(),
                        ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }

    /** Records the attempt, moves the delivery on, and keeps the subscription's failure streak. */
    private Uni<Void> record(Claimed delivery, Instant attemptedAt, Outcome outcome) {
        return pool.withTransaction(connection -> connection.preparedQuery("insert into webhook_attempt (tenant_id, "
                + "id, delivery_id, attempted_at, status_code, latency_ms, response_body, error) select $1, $2, $3, $4, "
                + "$5, $6, $7, $8 where exists (select 1 from webhook_delivery where tenant_id = $1 and id = $3)")
                .execute(Tuple.tuple(List.of(delivery.tenantId(), UUID.randomUUID(), delivery.id(),
                        DeliveryStore.time(attemptedAt))).addInteger(outcome.statusCode())
                        .addInteger(outcome.latencyMs()).addString(outcome.response()).addString(outcome.error()))
                .chain(() -> outcome.succeeded() ? succeeded(connection, delivery) : failed(connection, delivery,
                        outcome)));
    }

    private static Uni<Void> succeeded(SqlClient connection, Claimed delivery) {
        return connection.preparedQuery("update webhook_delivery set status = 'delivered', attempts = attempts + 1, "
                + "locked_until = null where tenant_id = $1 and id = $2")
                .execute(Tuple.of(delivery.tenantId(), delivery.id()))
                .chain(() -> connection.preparedQuery("update webhook_subscription set failure_streak = 0, "
                        + "paused_until = null where tenant_id = $1 and id = $2 and (failure_streak > 0 or paused_until "
                        + "is not null)").execute(Tuple.of(delivery.tenantId(), delivery.subscriptionId())))
                .replaceWithVoid();
    }

    private Uni<Void> failed(SqlClient connection, Claimed delivery, Outcome outcome) {
        int attempts = delivery.attempts() + 1;
        int streak = delivery.failureStreak() + 1;
        boolean gone = Integer.valueOf(410).equals(outcome.statusCode());
        Duration wait = outcome.retryAfter() != null ? outcome.retryAfter() : schedule.after(attempts);
        Duration pause = outcome.retryAfter() != null ? outcome.retryAfter() : schedule.after(streak);
        boolean givenUp = !gone && attempts >= schedule.maxAttempts();
        Instant now = Instant.now();
        Uni<Void> moved = connection.preparedQuery("update webhook_delivery set status = $3, attempts = attempts + 1, "
                + "locked_until = null, next_attempt_at = $4 where tenant_id = $1 and id = $2")
                .execute(Tuple.of(delivery.tenantId(), delivery.id(), givenUp ? "failed" : "pending",
                        DeliveryStore.time(gone ? now : now.plus(wait))))
                .chain(() -> connection.preparedQuery("update webhook_subscription set failure_streak = "
                        + "failure_streak + 1, paused_until = $3 where tenant_id = $1 and id = $2 "
                        + "returning failure_streak")
                        .execute(Tuple.of(delivery.tenantId(), delivery.subscriptionId(),
                                DeliveryStore.time(now.plus(pause)))))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getInteger("failure_streak") : 0)
                .chain(failures -> {
                    if (gone) {
                        return disable(connection, delivery, "The receiver answered 410 Gone");
                    }
                    if (failures >= config.maxConsecutiveFailures()) {
                        return disable(connection, delivery, failures + " delivery attempts failed in a row");
                    }
                    return Uni.createFrom().voidItem();
                });
        return moved;
    }

    /** Disables the subscription (if still active) and emits {@code webhook.disabled}. */
    private Uni<Void> disable(SqlClient connection, Claimed delivery, String reason) {
        return connection.preparedQuery("update webhook_subscription set active = false, disabled_reason = $3, "
                + "version = version + 1, updated_at = now() where tenant_id = $1 and id = $2 and active returning "
                + "id, url, description, event_types, fields, owner_type, owner_id, previous_secret_expires_at, "
                + "created_at, updated_at, version")
                .execute(Tuple.of(delivery.tenantId(), delivery.subscriptionId(), reason))
                .chain(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Uni.createFrom().voidItem();
                    }
                    Row row = rows.iterator().next();
                    WebhookView view = new WebhookView(row.getUUID("id"), row.getString("url"),
                            row.getString("description"), List.of(row.getArrayOfStrings("event_types")),
                            List.of(row.getArrayOfStrings("fields")), false, reason,
                            Subscriber.owner(row.getString("owner_type"), row.getString("owner_id")), null,
                            DeliveryStore.instant(row, "previous_secret_expires_at"), DeliveryStore.instant(row,
                                    "created_at"), DeliveryStore.instant(row, "updated_at"), row.getLong("version"));
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    ObjectNode event = json.createObjectNode();
                    event.put("type", "webhook.disabled");
                    event.put("timestamp", now.toString());
                    ObjectNode data = event.putObject("data");
                    data.put("tenantId", delivery.tenantId().toString());
                    data.put("object", WebhookService.OBJECT_TYPE);
                    data.put("id", view.id().toString());
                    data.set("record", json.valueToTree(view));
                    data.putObject("previous").put("active", true);
                    LOG.infof("Webhook subscription %s disabled: %s", view.id(), reason);
                    return connection.preparedQuery("insert into outbox_event (tenant_id, id, event_type, object_type, "
                            + "object_id, occurred_at, payload) values ($1, $2, 'webhook.disabled', 'webhook', $3, $4, "
                            + "cast(cast($5 as text) as jsonb))")
                            .execute(Tuple.of(delivery.tenantId(), UUID.randomUUID(), view.id(),
                                    DeliveryStore.time(now), event.toString()))
                            .replaceWithVoid();
                });
    }

    private static String describe(Throwable failure) {
        String message = failure instanceof ReceiverAddresses.Refused ? "Refused: " + failure.getMessage()
                : failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return message.length() > ERROR_KEPT ? message.substring(0, ERROR_KEPT) : message;
    }

    private static int elapsedMs(long started) {
        return (int) ((System.nanoTime() - started) / 1_000_000);
    }
}
