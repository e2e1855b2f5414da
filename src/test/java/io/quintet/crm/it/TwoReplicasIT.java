package io.quintet.crm.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.path.json.JsonPath;

import io.quintet.crm.testsupport.Eventually;
import io.quintet.crm.platform.events.LiveClient;
import io.quintet.crm.platform.events.LiveClient.Subscription;
import io.quintet.crm.testsupport.WebhookReceiver;
import io.quintet.crm.testsupport.process.ServiceProcess;
import io.quintet.crm.testsupport.process.TestDatabase;

/**
 * Two replicas of the packaged service on one database: what one replica commits reaches live
 * subscribers connected to the other, through PostgreSQL LISTEN/NOTIFY; webhooks are delivered once
 * per subscription by the two dispatchers together, and none is lost when a replica is killed.
 */
class TwoReplicasIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration SLOW_WAIT = Duration.ofSeconds(90);

    private static TestDatabase database;
    private static ServiceProcess replicaA;
    private static ServiceProcess replicaB;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void startReplicas() {
        database = TestDatabase.start();
        // One after the other: the first start migrates the schema and creates the default tenant.
        replicaA = withWebhooks(ServiceProcess.on(database, "replica-a")).start();
        replicaB = withWebhooks(ServiceProcess.on(database, "replica-b")).start();
        receiver = WebhookReceiver.start();
    }

    /** The receiver on 127.0.0.1 allowed, a compressed retry schedule, and leases that expire soon after a kill. */
    private static ServiceProcess.Builder withWebhooks(ServiceProcess.Builder replica) {
        return replica.env("CRM_WEBHOOKS_ALLOWED_HOSTS", "127.0.0.1")
                .env("CRM_WEBHOOKS_POLL_INTERVAL", "200ms")
                .env("CRM_WEBHOOKS_TIMEOUT", "3s")
                .env("CRM_WEBHOOKS_LEASE", "8s")
                .env("CRM_WEBHOOKS_RETRY_SCHEDULE", "200ms,500ms,1s,2s,3s");
    }

    @AfterAll
    static void stopReplicas() {
        for (AutoCloseable resource : new AutoCloseable[] {receiver, replicaA, replicaB, database}) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String createAccount(ServiceProcess replica, String name) {
        return replica.asAdmin().body(Map.of("name", name)).post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aSubscriptionOnOneReplicaReceivesChangesMadeThroughTheOther() {
        try (LiveClient client = LiveClient.open(replicaA.graphqlWebSocket(),
                List.of(Subscription.recordChanged("onA", replicaA.adminToken(), Map.of())))) {
            client.awaitLive("onA", () -> createAccount(replicaB, "Probe " + UUID.randomUUID()), WAIT);

            String id = createAccount(replicaB, "Made on B");
            replicaB.asAdmin().contentType("application/merge-patch+json").body(Map.of("industry", "Software"))
                    .patch("/api/v1/accounts/" + id).then().statusCode(200);

            List<JsonNode> changes = client.awaitChangesOf("onA", id, 2, WAIT);
            assertThat(changes.stream().map(change -> change.path("type").asText()).toList(),
                    contains("account.created", "account.updated"));
            assertThat(LiveClient.json(changes.get(1), "record").path("industry").asText(), equalTo("Software"));
        }
    }

    @Test
    void aReplicaKilledAndRestartedListensAgain() {
        replicaA.kill();
        replicaA.restart();

        try (LiveClient client = LiveClient.open(replicaA.graphqlWebSocket(),
                List.of(Subscription.recordChanged("onA", replicaA.adminToken(), Map.of())))) {
            client.awaitLive("onA", () -> createAccount(replicaB, "Probe " + UUID.randomUUID()), WAIT);

            String id = createAccount(replicaB, "Made on B after the restart");
            client.awaitChangesOf("onA", id, 1, WAIT);
        }
    }

    /**
     * Fan-out is exactly once: one delivery per event and subscription, whichever replica takes it. Sending is at
     * least once: a receiver may see an event again only when the delivery log shows an attempt before that failed
     * (an answer later than the timeout, on a loaded machine), never because of a second delivery.
     */
    @Test
    void twoReplicasFanOutEachEventOncePerSubscription() {
        Map<String, String> subscriptions = Map.of("/once-a", subscribe(replicaA, "/once-a"),
                "/once-b", subscribe(replicaB, "/once-b"));

        Set<String> ids = new HashSet<>(createAccounts(replicaA, 100));
        ids.addAll(createAccounts(replicaB, 100));

        for (Map.Entry<String, String> subscription : subscriptions.entrySet()) {
            String path = subscription.getKey();
            // As long as the crash test allows: a timeout on a loaded machine pauses the subscription and
            // leaves it one delivery at a time until an attempt succeeds.
            List<String> webhookIds = Eventually.get(SLOW_WAIT, () -> deliveredAbout(path, ids),
                    delivered -> new HashSet<>(delivered).size() >= ids.size());
            Set<String> events = new HashSet<>(webhookIds);
            assertThat(path + " received every event", events.size(), equalTo(ids.size()));

            Map<String, Map<String, Object>> log = Eventually.get(WAIT,
                    () -> deliveries(replicaB, subscription.getValue(), events), found -> found.size() == events.size()
                            && found.values().stream().allMatch(delivery -> "delivered".equals(delivery.get("status"))));
            assertThat(path + " has one delivery per event", log.keySet(), equalTo(events));
            for (String event : events) {
                long received = webhookIds.stream().filter(event::equals).count();
                assertThat(path + " received " + event + " again only after a failed attempt",
                        ((Integer) log.get(event).get("attempts")).longValue(), greaterThanOrEqualTo(received));
            }
        }
    }

    @Test
    void aReplicaKilledMidDeliveryLosesNoEvent() {
        subscribe(replicaA, "/crash");
        receiver.delay(Duration.ofMillis(200));
        try {
            Set<String> ids = new HashSet<>(createAccounts(replicaA, 100));
            ids.addAll(createAccounts(replicaA, 100));
            ids.addAll(createAccounts(replicaA, 100));
            Eventually.get(WAIT, () -> deliveredAbout("/crash", ids), delivered -> delivered.size() >= 30);

            replicaA.kill();
            replicaA.restart();

            List<String> webhookIds = Eventually.get(SLOW_WAIT, () -> deliveredAbout("/crash", ids),
                    delivered -> new HashSet<>(delivered).size() >= ids.size());
            assertThat("every event arrived (a redelivered one may arrive twice)", new HashSet<>(webhookIds).size(),
                    equalTo(ids.size()));
        } finally {
            receiver.delay(Duration.ZERO);
        }
    }

    /** Subscribes the path to account.created; the subscription's id. */
    private static String subscribe(ServiceProcess replica, String path) {
        return replica.asAdmin().body(Map.of("url", receiver.url(path), "eventTypes", List.of("account.created")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    /** The subscription's delivery of each of these events, from its delivery log; fails on a second delivery. */
    private static Map<String, Map<String, Object>> deliveries(ServiceProcess replica, String subscriptionId,
            Set<String> events) {
        Map<String, Map<String, Object>> found = new HashMap<>();
        String cursor = null;
        do {
            JsonPath page = replica.asAdmin().queryParam("limit", 200)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get("/api/v1/webhooks/" + subscriptionId + "/deliveries").then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> deliveries = page.getList("data");
            for (Map<String, Object> delivery : deliveries) {
                String event = (String) delivery.get("eventId");
                if (events.contains(event)) {
                    assertThat("a second delivery of " + event, found.put(event, delivery), nullValue());
                }
            }
            cursor = page.getBoolean("page.hasMore") ? page.getString("page.nextCursor") : null;
        } while (cursor != null);
        return found;
    }

    private static List<String> createAccounts(ServiceProcess replica, int count) {
        String batch = UUID.randomUUID().toString();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of("name", "Webhook " + batch + " " + i));
        }
        return replica.asAdmin().body(Map.of("items", items)).post("/api/v1/accounts/batch").then().statusCode(200)
                .extract().path("items.id");
    }

    /** The webhook-ids of what the path received about these records, one per request. */
    private static List<String> deliveredAbout(String path, Set<String> recordIds) {
        return receiver.on(path).stream()
                .filter(request -> recordIds.contains(request.json().path("data").path("id").asText()))
                .map(request -> request.header("webhook-id"))
                .toList();
    }
}
