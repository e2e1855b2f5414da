package io.quintet.crm.platform.events;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.platform.events.LiveClient.Subscription;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Database;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;

/**
 * The LISTEN side: every committed outbox event is announced on the event bus address the webhook
 * dispatcher consumes, a rolled-back change is not, and a dropped LISTEN connection comes back and
 * signals a catch-up.
 */
@QuarkusTest
class OutboxNotificationsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    Vertx vertx;

    private final List<JsonObject> announced = new CopyOnWriteArrayList<>();
    private MessageConsumer<JsonObject> consumer;

    @BeforeEach
    void listen() {
        consumer = vertx.eventBus().consumer(OutboxNotifications.ADDRESS, message -> announced.add(message.body()));
    }

    @AfterEach
    void stopListening() {
        consumer.unregister();
    }

    private Database db() {
        return Database.ofService();
    }

    private JsonObject awaitAnnouncement(Predicate<JsonObject> match) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            for (JsonObject message : announced) {
                if (match.test(message)) {
                    return message;
                }
            }
            pause();
        }
        throw new AssertionError("Not announced within " + WAIT + "; announced: " + announced);
    }

    @Test
    void aCommittedChangeAnnouncesItsTenantSequenceAndEventId() {
        String id = Records.createAccount(Unique.name("Announced"));
        var row = db().query("select tenant_id, seq, id from outbox_event where object_id = ?", UUID.fromString(id))
                .get(0);

        JsonObject message = awaitAnnouncement(m -> row.get("id").toString().equals(m.getString("id")));

        assertThat(message.getString("tenantId"), equalTo(row.get("tenant_id").toString()));
        assertThat(message.getLong("seq"), equalTo(((Number) row.get("seq")).longValue()));
    }

    @Test
    void aRolledBackChangeAnnouncesNothing() {
        String label = Unique.name("RolledBack");
        Records.batch(RecordType.ACCOUNTS, List.of(Json.object("name", label), Json.object("name", "")))
                .then().statusCode(400);
        String marker = Records.createAccount(Unique.name("Marker"));
        String markerEvent = db().query("select id from outbox_event where object_id = ?", UUID.fromString(marker))
                .get(0).get("id").toString();

        awaitAnnouncement(m -> markerEvent.equals(m.getString("id")));

        for (JsonObject message : announced) {
            if (message.containsKey("id")) {
                assertThat("announced event " + message + " was committed", db().count(
                        "select count(*) from outbox_event where id = ?", UUID.fromString(message.getString("id"))),
                        is(1L));
            }
        }
        assertThat(db().count("select count(*) from outbox_event where payload::text like ?", "%" + label + "%"),
                is(0L));
    }

    @Test
    void aDroppedListenConnectionIsReopenedAndSignalsACatchUp() {
        String token = Api.token(Api.ADMIN_CLIENT_ID, Api.ADMIN_CLIENT_SECRET);
        try (LiveClient client = LiveClient.open("ws://localhost:" + RestAssured.port + "/graphql",
                List.of(Subscription.recordChanged("admin", token, Map.of())))) {
            client.awaitLive("admin", () -> Records.createAccount(Unique.name("Probe")), WAIT);

            assertThat(db().count("select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity "
                    + "where query = 'LISTEN " + OutboxNotifications.CHANNEL + "') terminated"), is(1L));
            String duringOutage = asAdmin().body(Json.object("name", Unique.name("Outage"))).post("/api/v1/accounts")
                    .then().statusCode(201).extract().path("id");

            awaitAnnouncement(m -> m.getBoolean(OutboxNotifications.CATCH_UP, false));
            client.awaitChangesOf("admin", duringOutage, 1, WAIT);
            String afterwards = Records.createAccount(Unique.name("Afterwards"));
            client.awaitChangesOf("admin", afterwards, 1, WAIT);
            assertThat(client.changesOf("admin", duringOutage).size(), is(1));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
