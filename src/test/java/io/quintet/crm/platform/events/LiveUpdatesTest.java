package io.quintet.crm.platform.events;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.platform.events.LiveClient.Subscription;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Integrations;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Tenants.TenantClient;
import io.quintet.crm.testsupport.Unique;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Live updates: {@code recordChanged} subscriptions over WebSocket, fed by committed outbox events
 * through PostgreSQL LISTEN/NOTIFY, as the npm graphql-ws client receives them.
 */
@QuarkusTest
class LiveUpdatesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static String url() {
        return "ws://localhost:" + RestAssured.port + "/graphql";
    }

    private static String adminToken() {
        return Api.token(Api.ADMIN_CLIENT_ID, Api.ADMIN_CLIENT_SECRET);
    }

    /** An integration of the default tenant, and a token of it. */
    private static String integrationToken(RequestSpecification admin, String role, List<String> scopes) {
        var created = admin.body(Map.of("name", "Live " + UUID.randomUUID(), "role", role, "scopes", scopes))
                .post("/api/v1/integrations").then().statusCode(201).extract().jsonPath();
        return Api.token(created.getString("clientId"), created.getString("clientSecret"));
    }

    private static String createAccount(RequestSpecification as) {
        return Records.create(as, RecordType.ACCOUNTS, Json.object("name", Unique.name("Probe")));
    }

    private static String createContact(RequestSpecification as) {
        return Records.create(as, RecordType.CONTACTS,
                Json.object("lastName", Unique.name("Live")));
    }

    private static List<String> types(List<JsonNode> changes) {
        return changes.stream().map(change -> change.path("type").asText()).toList();
    }

    @Test
    void aSubscriberReceivesEachCommittedChangeWithTheRecordAndThePreviousValues() {
        try (LiveClient client = LiveClient.open(url(), List.of(Subscription.recordChanged("admin", adminToken(), Map.of())))) {
            client.awaitLive("admin", () -> createAccount(asAdmin()), WAIT);

            String id = createContact(asAdmin());
            asAdmin().contentType(MERGE_PATCH).body(Map.of("title", "CTO")).patch("/api/v1/contacts/" + id)
                    .then().statusCode(200);
            asAdmin().delete("/api/v1/contacts/" + id).then().statusCode(204);

            List<JsonNode> changes = client.awaitChangesOf("admin", id, 3, WAIT);
            assertThat(types(changes), contains("contact.created", "contact.updated", "contact.deleted"));
            JsonNode updated = changes.get(1);
            assertThat(updated.path("object").asText(), equalTo("contact"));
            assertThat(LiveClient.json(updated, "record").path("title").asText(), equalTo("CTO"));
            assertThat(LiveClient.json(updated, "previous").path("title").isNull(), is(true));
            assertThat(changes.get(0).path("previous").isNull(), is(true));
            assertThat(changes.get(2).path("record").isNull(), is(true));
        }
    }

    @Test
    void aSubscriptionNarrowedByTypeAndIdReceivesOnlyThoseRecords() {
        String watched = createContact(asAdmin());
        String other = createContact(asAdmin());
        Map<String, Object> narrowed = Map.of("types", List.of("contact"), "ids", List.of(watched));
        try (LiveClient client = LiveClient.open(url(), List.of(Subscription.recordChanged("one", adminToken(), narrowed)))) {
            client.awaitLive("one", () -> {
                asAdmin().contentType(MERGE_PATCH).body(Map.of("title", Unique.name("Probe")))
                        .patch("/api/v1/contacts/" + watched).then().statusCode(200);
                return watched;
            }, WAIT);

            asAdmin().contentType(MERGE_PATCH).body(Map.of("title", "Other")).patch("/api/v1/contacts/" + other)
                    .then().statusCode(200);
            String account = createAccount(asAdmin());
            asAdmin().contentType(MERGE_PATCH).body(Map.of("title", "Last")).patch("/api/v1/contacts/" + watched)
                    .then().statusCode(200);

            client.await("one", fact -> "Last".equals(LiveClient.json(fact.path("event").path("data")
                    .path("recordChanged"), "record").path("title").asText()), WAIT);
            assertThat(client.changesOf("one", other), is(empty()));
            assertThat(client.changesOf("one", account), is(empty()));
            assertThat(client.changes("one").stream().map(change -> change.path("id").asText()).toList(),
                    everyItem(equalTo(watched)));
        }
    }

    @Test
    void anIntegrationWithoutTheContactsScopeReceivesNoContactChanges() {
        String accountsOnly = integrationToken(asAdmin(), "sales_rep", List.of("accounts:read"));
        try (LiveClient client = LiveClient.open(url(), List.of(
                Subscription.recordChanged("admin", adminToken(), Map.of()),
                Subscription.recordChanged("accountsOnly", accountsOnly, Map.of())))) {
            client.awaitLive("admin", () -> createAccount(asAdmin()), WAIT);
            client.awaitLive("accountsOnly", () -> createAccount(asAdmin()), WAIT);

            String contact = createContact(asAdmin());
            String account = createAccount(asAdmin());

            client.awaitChangesOf("admin", contact, 1, WAIT);
            client.awaitChangesOf("accountsOnly", account, 1, WAIT);
            assertThat(client.changesOf("accountsOnly", contact), is(empty()));
            assertThat(client.changes("accountsOnly").stream().map(change -> change.path("object").asText()).toList(),
                    everyItem(equalTo("account")));
        }
    }

    @Test
    void anotherTenantsSubscriberReceivesNothingOfThisTenant() {
        TenantClient other = Tenants.create();
        String otherToken = Api.token(other.clientId(), other.clientSecret());
        try (LiveClient client = LiveClient.open(url(), List.of(
                Subscription.recordChanged("here", adminToken(), Map.of()),
                Subscription.recordChanged("there", otherToken, Map.of())))) {
            client.awaitLive("here", () -> createAccount(asAdmin()), WAIT);
            client.awaitLive("there", () -> createAccount(other.spec()), WAIT);

            String contact = createContact(asAdmin());
            client.awaitChangesOf("here", contact, 1, WAIT);
            String marker = createAccount(other.spec());
            client.awaitChangesOf("there", marker, 1, WAIT);

            assertThat(client.changes("there").stream().map(change -> change.path("tenantId").asText()).toList(),
                    everyItem(equalTo(other.id())));
            assertThat(client.changesOf("there", contact), is(empty()));
        }
    }

    @Test
    void privateRecordsAreNotSentToCallersOutsideTheOwnersSide() {
        TenantClient tenant = Tenants.create();
        tenant.spec().body(Map.of("contact", "private")).put("/api/v1/sharing").then().statusCode(200);
        String rep = integrationToken(tenant.spec(), "sales_rep", List.of("accounts:read", "contacts:read"));
        try (LiveClient client = LiveClient.open(url(), List.of(
                Subscription.recordChanged("admin", Api.token(tenant.clientId(), tenant.clientSecret()), Map.of()),
                Subscription.recordChanged("rep", rep, Map.of())))) {
            client.awaitLive("admin", () -> createAccount(tenant.spec()), WAIT);
            client.awaitLive("rep", () -> createAccount(tenant.spec()), WAIT);

            String contact = createContact(tenant.spec());
            client.awaitChangesOf("admin", contact, 1, WAIT);
            String marker = createAccount(tenant.spec());
            client.awaitChangesOf("rep", marker, 1, WAIT);

            assertThat(client.changesOf("rep", contact), is(empty()));
        }
    }

    @Test
    void fieldsHiddenFromTheSubscribersRoleAreLeftOutOfRecordAndPrevious() {
        TenantClient tenant = Tenants.create();
        tenant.spec().body(Map.of("name", "analyst",
                "permissions", List.of(Map.of("object", "account", "actions", List.of("read"))),
                "fieldRules", List.of(Map.of("object", "account", "field", "annualRevenue", "access", "hidden"))))
                .post("/api/v1/roles").then().statusCode(201);
        String analyst = Integrations.token(tenant.spec(), "analyst", List.of("accounts:read"));
        try (LiveClient client = LiveClient.open(url(), List.of(Subscription.recordChanged("analyst", analyst, Map.of())))) {
            client.awaitLive("analyst", () -> createAccount(tenant.spec()), WAIT);

            String id = Records.create(tenant.spec(), RecordType.ACCOUNTS, Json.object("name", "Revenue Co",
                    "annualRevenue", Json.object("amount", "1000.00", "currency", "EUR")));
            tenant.spec().contentType(MERGE_PATCH).body(Map.of("name", "Revenue Ltd",
                    "annualRevenue", Map.of("amount", "2000.00", "currency", "EUR")))
                    .patch("/api/v1/accounts/" + id).then().statusCode(200);

            List<JsonNode> changes = client.awaitChangesOf("analyst", id, 2, WAIT);
            JsonNode created = LiveClient.json(changes.get(0), "record");
            JsonNode updated = LiveClient.json(changes.get(1), "record");
            JsonNode previous = LiveClient.json(changes.get(1), "previous");
            assertThat(created.path("name").asText(), equalTo("Revenue Co"));
            assertThat(created.has("annualRevenue"), is(false));
            assertThat(updated.has("annualRevenue"), is(false));
            assertThat(previous.path("name").asText(), equalTo("Revenue Co"));
            assertThat(previous.has("annualRevenue"), is(false));
        }
    }

    @Test
    void namingATypeTheCallerMayNotReadIsForbidden() {
        String accountsOnly = integrationToken(asAdmin(), "sales_rep", List.of("accounts:read"));
        try (LiveClient client = LiveClient.open(url(), List.of(
                Subscription.recordChanged("contacts", accountsOnly, Map.of("types", List.of("contact")))))) {
            JsonNode refusal = client.await("contacts", fact -> fact.has("event") || fact.has("error"), WAIT);

            JsonNode error = refusal.has("event") ? refusal.path("event").path("errors").path(0)
                    : refusal.path("error").path(0);
            assertThat(error.path("extensions").path("code").asText(), equalTo("FORBIDDEN"));
            assertThat(error.path("message").asText(), equalTo("The token lacks the scope contacts:read needed to "
                    + "read contacts"));
        }
    }

    @Test
    void aMalformedIdIsAValidationError() {
        try (LiveClient client = LiveClient.open(url(), List.of(
                Subscription.recordChanged("bad", adminToken(), Map.of("ids", List.of("not-a-uuid")))))) {
            JsonNode refusal = client.await("bad", fact -> fact.has("event") || fact.has("error"), WAIT);

            JsonNode error = refusal.has("event") ? refusal.path("event").path("errors").path(0)
                    : refusal.path("error").path(0);
            assertThat(error.path("extensions").path("code").asText(), equalTo("VALIDATION"));
            assertThat(error.path("extensions").path("errors").path(0).path("field").asText(), equalTo("ids"));
        }
    }

    @Test
    void anUpgradeWithoutAValidTokenIsRefused() {
        try (LiveClient client = LiveClient.open(url(), List.of(
                Subscription.recordChanged("anonymous", null, Map.of()),
                Subscription.recordChanged("forged", "not.a.token", Map.of())))) {
            client.await("anonymous", fact -> fact.has("error"), WAIT);
            client.await("forged", fact -> fact.has("error"), WAIT);

            assertThat(client.facts("anonymous").stream().filter(fact -> fact.has("connected")).toList(), is(empty()));
            assertThat(client.facts("forged").stream().filter(fact -> fact.has("connected")).toList(), is(empty()));
        }
        Api.anonymous().header("Connection", "Upgrade").header("Upgrade", "websocket")
                .header("Sec-WebSocket-Version", "13").header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
                .header("Sec-WebSocket-Protocol", "graphql-transport-ws")
                .when().get("/graphql")
                .then().statusCode(401);
    }
}
