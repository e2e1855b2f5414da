package io.quintet.crm.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.arrayWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

/** Committed changes reach every matching subscription once, signed per Standard Webhooks; nothing else does. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private static WebhookReceiver receiver;

    private Tenants.TenantClient tenant;

    /** Each test in a tenant of its own, so that it sees only its own events and subscriptions. */
    @BeforeEach
    void newTenant() {
        tenant = Tenants.create();
    }

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void signsDeliveriesSoThatTheStandardWebhooksLibraryAcceptsThem() {
        String secret = Subscriptions.create(tenant.spec(), receiver.url("/signed"), "contact.*").getString("secret");
        String lastName = Unique.name("Signed");
        String id = Subscriptions.createContact(tenant.spec(), lastName);

        Received delivery = awaitAbout(id, 1).get(0);
        assertThat(delivery.header("content-type"), startsWith("application/json"));
        assertThat(delivery.header("webhook-signature"), startsWith("v1,"));
        long timestamp = Long.parseLong(delivery.header("webhook-timestamp"));
        assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp), lessThan(60L));
        assertThat(delivery.json().path("type").asText(), equalTo("contact.created"));
        assertThat(delivery.json().path("data").path("tenantId").asText(), equalTo(tenant.id()));
        assertThat(delivery.json().path("data").path("record").path("lastName").asText(), equalTo(lastName));

        Map<String, String> headers = signatureHeaders(delivery);
        Map<String, String> old = new HashMap<>(headers);
        old.put("webhook-timestamp", String.valueOf(timestamp - 600));
        List<String> results = Verifier.verify(List.of(
                new Verifier.Check(secret, headers, delivery.body()),
                new Verifier.Check(secret, headers, delivery.body().replace(lastName, lastName + "x")),
                new Verifier.Check(secret, old, delivery.body())));
        assertThat(results.get(0), nullValue());
        assertThat(results.get(1), containsString("No matching signature"));
        assertThat(results.get(2), containsString("too old"));
    }

    @Test
    void signsWithTheOldAndTheNewSecretDuringARotation() {
        JsonPath created = Subscriptions.create(tenant.spec(), receiver.url("/rotated"), "contact.*");
        String subscription = created.getString("id");
        String rotated = tenant.spec().when().post(Subscriptions.PATH + "/" + subscription + "/rotate-secret")
                .then().statusCode(200).extract().path("secret");
        tenant.spec().when().post(Subscriptions.PATH + "/" + subscription + "/test").then().statusCode(202);

        Received delivery = Eventually.get(DEADLINE, () -> receiver.on("/rotated"), found -> !found.isEmpty()).get(0);
        assertThat(delivery.header("webhook-signature").split(" "), arrayWithSize(2));
        Map<String, String> headers = signatureHeaders(delivery);
        assertThat(Verifier.verify(List.of(new Verifier.Check(created.getString("secret"), headers, delivery.body()),
                new Verifier.Check(rotated, headers, delivery.body()))), contains(nullValue(), nullValue()));
    }

    @Test
    void webhookIdIsTheEventsStableIdAndTheLogShowsTheAttempt() {
        String subscription = Subscriptions.create(tenant.spec(), receiver.url("/log"), "contact.created")
                .getString("id");
        String id = Subscriptions.createContact(tenant.spec(), Unique.name("Logged"));
        Received delivery = awaitAbout(id, 1).get(0);

        JsonPath log = Eventually.get(DEADLINE, () -> Subscriptions.deliveries(tenant.spec(), subscription),
                found -> "delivered".equals(found.getString("data[0].status")));
        assertThat(log.getList("data"), hasSize(1));
        assertThat(log.getString("data[0].eventId"), equalTo(delivery.header("webhook-id")));
        assertThat(log.getString("data[0].eventType"), equalTo("contact.created"));
        assertThat(log.getInt("data[0].attemptLog[0].statusCode"), equalTo(200));
        assertThat(log.getInt("data[0].attemptLog[0].latencyMs"), greaterThanOrEqualTo(0));
        assertThat(log.getString("data[0].attemptLog[0].response"), equalTo("ok"));
        assertThat(log.getString("data[0].attemptLog[0].attemptedAt"), not(nullValue()));

        tenant.spec().when().post(Subscriptions.PATH + "/" + subscription + "/deliveries/"
                + log.getString("data[0].id") + "/retry").then().statusCode(202);
        List<Received> again = Eventually.get(DEADLINE, () -> receiver.withId(delivery.header("webhook-id")),
                found -> found.size() == 2);
        assertThat(again.get(1).body(), equalTo(delivery.body()));
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        String subscription = Subscriptions.create(tenant.spec(), receiver.url("/rollback"), "contact.*")
                .getString("id");
        String rolledBack = Unique.name("RolledBack");
        tenant.spec().body(Json.object("items", List.of(Json.object("lastName", rolledBack),
                Json.object("lastName", Unique.name("Bad"), "email", "not-an-email"))))
                .when().post("/api/v1/contacts/batch")
                .then().statusCode(400);
        String committed = Subscriptions.createContact(tenant.spec(), Unique.name("Committed"));

        awaitAbout(committed, 1);
        assertThat(receiver.received().stream().filter(request -> request.body().contains(rolledBack)).toList(),
                empty());
        assertThat(Subscriptions.deliveries(tenant.spec(), subscription).getList("data.eventType"),
                contains("contact.created"));
    }

    @Test
    void deliversOnceToEachMatchingSubscriptionAndToNoOther() {
        String all = Subscriptions.create(tenant.spec(), receiver.url("/all"), "*").getString("id");
        String contacts = Subscriptions.create(tenant.spec(), receiver.url("/contacts"), "contact.*").getString("id");
        String exact = Subscriptions.create(tenant.spec(), receiver.url("/exact"), "contact.created").getString("id");
        String accounts = Subscriptions.create(tenant.spec(), receiver.url("/accounts"), "account.*").getString("id");
        String updates = Subscriptions.create(tenant.spec(), receiver.url("/updates"), "contact.updated")
                .getString("id");
        String id = Subscriptions.createContact(tenant.spec(), Unique.name("Everyone"));

        List<Received> received = awaitAbout(id, 3);
        assertThat(received.stream().map(Received::path).sorted().toList(), contains("/all", "/contacts", "/exact"));
        assertThat(received.stream().map(request -> request.header("webhook-id")).distinct().toList(), hasSize(1));
        for (String subscription : List.of(all, contacts, exact)) {
            assertThat(contactEvents(subscription), hasSize(1));
        }
        for (String subscription : List.of(accounts, updates)) {
            assertThat(contactEvents(subscription), empty());
        }
    }

    @Test
    void aFieldFilterDeliversUpdatesOnlyWhenAListedFieldChanged() {
        String subscription = Subscriptions.create(tenant.spec(), receiver.url("/email"), List.of("contact.updated"),
                List.of("email")).getString("id");
        String id = Subscriptions.createContact(tenant.spec(), Unique.name("Filtered"));
        patchContact(id, Map.of("title", "CTO"));
        String email = Unique.email();
        patchContact(id, Map.of("email", email));

        Received update = awaitAbout(id, 1).get(0);
        assertThat(update.json().path("data").path("record").path("email").asText(), equalTo(email));
        assertThat(update.json().path("data").path("previous").has("email"), equalTo(true));
        assertThat(Subscriptions.deliveries(tenant.spec(), subscription).getList("data"), hasSize(1));
    }

    @Test
    void sendsATestEventAndReplaysAWindow() {
        Instant before = Instant.now().minusSeconds(1);
        String subscription = Subscriptions.create(tenant.spec(), receiver.url("/test"), "contact.*").getString("id");
        tenant.spec().when().post(Subscriptions.PATH + "/" + subscription + "/test")
                .then().statusCode(202).body("eventType", equalTo("webhook.test"));
        Received test = Eventually.get(DEADLINE, () -> receiver.on("/test"), found -> found.size() == 1).get(0);
        assertThat(test.json().path("data").path("id").asText(), equalTo(subscription));
        assertThat(test.json().path("type").asText(), equalTo("webhook.test"));

        String id = Subscriptions.createContact(tenant.spec(), Unique.name("Replayed"));
        String eventId = awaitAbout(id, 1).get(0).header("webhook-id");
        tenant.spec().queryParam("since", before.toString())
                .when().post(Subscriptions.PATH + "/" + subscription + "/replay")
                .then().statusCode(202).body("queued", equalTo(1));
        Eventually.get(DEADLINE, () -> receiver.withId(eventId), found -> found.size() == 2);

        tenant.spec().queryParam("since", "yesterday")
                .when().post(Subscriptions.PATH + "/" + subscription + "/replay")
                .then().statusCode(400);
    }

    /** The subscription's deliveries of contact events ("*" also gets the tenant's webhook.created events). */
    private List<String> contactEvents(String subscription) {
        return Subscriptions.deliveries(tenant.spec(), subscription).getList("data.eventType", String.class).stream()
                .filter(type -> type.startsWith("contact.")).toList();
    }

    private void patchContact(String id, Map<String, Object> patch) {
        tenant.spec().contentType(Api.MERGE_PATCH).body(Json.write(patch))
                .when().patch("/api/v1/contacts/" + id)
                .then().statusCode(200);
    }

    private static List<Received> awaitAbout(String recordId, int count) {
        return Eventually.get(DEADLINE, () -> receiver.about(recordId), found -> found.size() >= count);
    }

    static Map<String, String> signatureHeaders(Received delivery) {
        return Map.of("webhook-id", delivery.header("webhook-id"), "webhook-timestamp",
                delivery.header("webhook-timestamp"), "webhook-signature", delivery.header("webhook-signature"));
    }
}
