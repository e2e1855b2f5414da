package io.quintet.crm.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Eventually;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;
import io.quintet.crm.testsupport.WebhookReceiver;
import io.quintet.crm.testsupport.WebhookReceiver.Received;
import io.restassured.path.json.JsonPath;

/**
 * Failing receivers: retries follow the (compressed, %test) schedule 200ms,500ms,1s,2s,3s; Retry-After wins;
 * 410 disables at once; twelve failures in a row disable and emit webhook.disabled; redirects are not
 * followed; an outage loses nothing.
 */
@QuarkusTest
class WebhookRetryTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private Tenants.TenantClient tenant;
    private final WebhookReceiver receiver = WebhookReceiver.start();

    /** Each test in a tenant of its own, so that it sees only its own events and subscriptions. */
    @BeforeEach
    void newTenant() {
        tenant = Tenants.create();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void retriesAFailingDeliveryOnScheduleUntilItSucceeds() {
        receiver.answer(500);
        String subscription = Subscriptions.create(tenant.spec(), receiver.url(), "contact.created").getString("id");
        String id = Subscriptions.createContact(tenant.spec(), Unique.name("Retried"));

        List<Received> attempts = Eventually.get(DEADLINE, () -> receiver.about(id), found -> found.size() >= 4);
        assertThat(gapMs(attempts, 0), greaterThanOrEqualTo(200L));
        assertThat(gapMs(attempts, 1), greaterThanOrEqualTo(500L));
        assertThat(gapMs(attempts, 2), greaterThanOrEqualTo(1000L));
        assertThat(attempts.stream().map(request -> request.header("webhook-id")).distinct().toList(), hasSize(1));

        receiver.answer(200);
        JsonPath log = Eventually.get(DEADLINE, () -> Subscriptions.deliveries(tenant.spec(), subscription),
                found -> "delivered".equals(found.getString("data[0].status")));
        List<Integer> codes = log.getList("data[0].attemptLog.statusCode", Integer.class);
        assertThat(codes.get(0), equalTo(500));
        assertThat(codes.get(codes.size() - 1), equalTo(200));
        assertThat(log.getInt("data[0].attempts"), equalTo(codes.size()));
    }

    @Test
    void honoursRetryAfterOnTooManyRequests() {
        receiver.answer(429, Map.of("Retry-After", "2"));
        Subscriptions.create(tenant.spec(), receiver.url(), "contact.created");
        String id = Subscriptions.createContact(tenant.spec(), Unique.name("Throttled"));

        List<Received> attempts = Eventually.get(DEADLINE, () -> receiver.about(id), found -> found.size() >= 2);
        assertThat(gapMs(attempts, 0), greaterThanOrEqualTo(2000L));
    }

    @Test
    void goneDisablesTheSubscriptionAtOnceAndReEnablingResumesWhatIsPending() {
        receiver.answer(410);
        String subscription = Subscriptions.create(tenant.spec(), receiver.url(), "contact.created").getString("id");
        String id = Subscriptions.createContact(tenant.spec(), Unique.name("Gone"));

        JsonPath disabled = Eventually.get(DEADLINE, () -> Subscriptions.get(tenant.spec(), subscription),
                found -> !found.getBoolean("active"));
        assertThat(disabled.getString("disabledReason"), containsString("410"));
        assertThat(receiver.about(id), hasSize(1));

        receiver.answer(200);
        tenant.spec().contentType(Api.MERGE_PATCH).body(Json.write(Map.of("active", true)))
                .when().patch(Subscriptions.PATH + "/" + subscription)
                .then().statusCode(200).body("active", equalTo(true));
        Eventually.get(DEADLINE, () -> Subscriptions.deliveries(tenant.spec(), subscription),
                found -> "delivered".equals(found.getString("data[0].status")));
        assertThat(receiver.about(id), hasSize(2));
    }

    @Test
    void disablesAfterTwelveFailuresInARowAndEmitsWebhookDisabled() {
        receiver.answer(503);
        String failing = Subscriptions.create(tenant.spec(), receiver.url("/failing"), "contact.created")
                .getString("id");
        Subscriptions.create(tenant.spec(), receiver.url("/watcher"), "webhook.disabled");
        for (int i = 0; i < 3; i++) {
            Subscriptions.createContact(tenant.spec(), Unique.name("Failing"));
        }

        JsonPath disabled = Eventually.get(Duration.ofSeconds(120), () -> Subscriptions.get(tenant.spec(), failing),
                found -> !found.getBoolean("active"));
        assertThat(disabled.getString("disabledReason"), containsString("12 delivery attempts failed in a row"));
        assertThat(receiver.on("/failing"), hasSize(12));
        Received event = Eventually.get(DEADLINE, () -> receiver.on("/watcher"), found -> !found.isEmpty()).get(0);
        assertThat(event.json().path("type").asText(), equalTo("webhook.disabled"));
        assertThat(event.json().path("data").path("id").asText(), equalTo(failing));
        assertThat(event.json().path("data").path("record").path("active").asBoolean(), equalTo(false));
    }

    @Test
    void doesNotFollowRedirects() {
        receiver.answer(307, Map.of("Location", "http://169.254.169.254/latest/meta-data"));
        String subscription = Subscriptions.create(tenant.spec(), receiver.url(), "contact.created").getString("id");
        Subscriptions.createContact(tenant.spec(), Unique.name("Redirected"));

        JsonPath log = Eventually.get(DEADLINE, () -> Subscriptions.deliveries(tenant.spec(), subscription),
                found -> !found.getList("data").isEmpty() && !found.getList("data[0].attemptLog").isEmpty());
        assertThat(log.getInt("data[0].attemptLog[0].statusCode"), equalTo(307));
        assertThat(log.getString("data[0].attemptLog[0].error"), containsString("Redirects are not followed"));
        assertThat(log.getString("data[0].status"), equalTo("pending"));
    }

    @Test
    void deliversEveryChangeMadeWhileTheReceiverWasDown() {
        String subscription = Subscriptions.create(tenant.spec(), receiver.url(), "contact.created").getString("id");
        receiver.stop();
        Set<String> created = new HashSet<>();
        for (int batch = 0; batch < 10; batch++) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                items.add(Json.object("lastName", "Outage " + batch + "-" + i));
            }
            created.addAll(tenant.spec().body(Json.object("items", items))
                    .when().post("/api/v1/contacts/batch")
                    .then().statusCode(200).extract().jsonPath().getList("items.id", String.class));
        }
        assertThat(created, hasSize(1000));
        receiver.restart();

        Set<String> delivered = Eventually.get(Duration.ofSeconds(240), () -> new HashSet<>(receiver.received().stream()
                .map(request -> request.json().path("data").path("id").asText()).toList()),
                found -> found.containsAll(created));
        assertThat(delivered, equalTo(created));
        assertThat(Subscriptions.get(tenant.spec(), subscription).getBoolean("active"), equalTo(true));
    }

    private static long gapMs(List<Received> attempts, int index) {
        return Duration.between(attempts.get(index).at(), attempts.get(index + 1).at()).toMillis();
    }
}
