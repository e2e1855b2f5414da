package io.quintet.crm.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Eventually;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Integrations;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;
import io.quintet.crm.testsupport.WebhookReceiver;
import io.quintet.crm.testsupport.WebhookReceiver.Received;

/**
 * An integration's subscription receives what its role lets it read, as the APIs would answer it: no
 * events of objects it may not read, no hidden fields, and no update that changed only hidden fields.
 */
@QuarkusTest
class WebhookAudienceTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void anIntegrationReceivesOnlyWhatItsRoleMayRead() {
        Tenants.TenantClient tenant = Tenants.create();
        tenant.spec().body(Map.of("name", "hook_reader",
                "permissions", List.of(Map.of("object", "account", "actions", List.of("read")),
                        Map.of("object", "webhook", "actions", List.of("manage"))),
                "fieldRules", List.of(Map.of("object", "account", "field", "annualRevenue", "access", "hidden"))))
                .post("/api/v1/roles").then().statusCode(201);
        String token = Integrations.token(tenant.spec(), "hook_reader", List.of("accounts:read", "webhooks:manage"));
        Subscriptions.create(Integrations.bearer(token), receiver.url("/audience"), "*");

        String contactId = Subscriptions.createContact(tenant.spec(), Unique.name("Unreadable"));
        String accountId = tenant.spec().body(Map.of("name", "Audience Co",
                "annualRevenue", Map.of("amount", "100.00", "currency", "EUR")))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        tenant.spec().contentType(Api.MERGE_PATCH).body(Map.of("annualRevenue", Map.of("amount", "200.00")))
                .patch("/api/v1/accounts/" + accountId).then().statusCode(200);
        tenant.spec().contentType(Api.MERGE_PATCH).body(Map.of("name", "Renamed Co"))
                .patch("/api/v1/accounts/" + accountId).then().statusCode(200);

        List<Received> aboutAccount = Eventually.get(DEADLINE, () -> receiver.about(accountId),
                found -> found.size() >= 2);
        assertThat(aboutAccount.stream().map(delivery -> delivery.json().path("type").asText()).toList(),
                contains("account.created", "account.updated"));
        assertThat(aboutAccount.get(0).json().path("data").path("record").has("annualRevenue"), is(false));
        assertThat(aboutAccount.get(0).json().path("data").path("record").path("name").asText(),
                equalTo("Audience Co"));
        assertThat(aboutAccount.get(1).json().path("data").path("previous").path("name").asText(),
                equalTo("Audience Co"));
        assertThat(receiver.about(contactId), empty());
    }

    @Test
    void underAPrivateDefaultAnIntegrationReceivesNoneOfThoseRecords() {
        Tenants.TenantClient tenant = Tenants.create();
        tenant.spec().body(Map.of("contact", "private")).put("/api/v1/sharing").then().statusCode(200);
        tenant.spec().body(Map.of("name", "hook_rep",
                "permissions", List.of(Map.of("object", "account", "actions", List.of("read")),
                        Map.of("object", "contact", "actions", List.of("read")),
                        Map.of("object", "webhook", "actions", List.of("manage")))))
                .post("/api/v1/roles").then().statusCode(201);
        String token = Integrations.token(tenant.spec(), "hook_rep",
                List.of("accounts:read", "contacts:read", "webhooks:manage"));
        Subscriptions.create(Integrations.bearer(token), receiver.url("/private"), "*");

        String contactId = Subscriptions.createContact(tenant.spec(), Unique.name("Private"));
        String accountId = tenant.spec().body(Map.of("name", "Marker Co")).post("/api/v1/accounts").then()
                .statusCode(201).extract().path("id");

        Eventually.get(DEADLINE, () -> receiver.about(accountId), found -> found.size() == 1);
        assertThat(receiver.about(contactId), empty());
    }
}
