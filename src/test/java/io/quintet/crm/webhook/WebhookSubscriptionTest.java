package io.quintet.crm.webhook;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Webhook subscriptions: the secret shown once, bad input and forbidden addresses refused, who sees what. */
@QuarkusTest
class WebhookSubscriptionTest {

    private static final String RECEIVER = "http://127.0.0.1:9/hooks";

    private Tenants.TenantClient tenant;

    /** Each test in a tenant of its own, so that it sees only its own events and subscriptions. */
    @BeforeEach
    void newTenant() {
        tenant = Tenants.create();
    }

    @Test
    void showsTheGeneratedSecretOnlyWhenCreated() {
        JsonPath created = Subscriptions.create(tenant.spec(), RECEIVER, List.of("contact.*", "*"), List.of("email"));
        String secret = created.getString("secret");
        assertThat(secret, startsWith("whsec_"));
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length())).length >= 24, equalTo(true));
        assertThat(created.getList("eventTypes"), contains("contact.*", "*"));
        assertThat(created.getList("fields"), contains("email"));
        assertThat(created.getBoolean("active"), equalTo(true));

        tenant.spec().when().get(Subscriptions.PATH + "/" + created.getString("id"))
                .then().statusCode(200)
                .body("url", equalTo(RECEIVER))
                .body("$", not(hasKey("secret")));
        tenant.spec().when().get(Subscriptions.PATH)
                .then().statusCode(200)
                .body("data.id", hasItem(created.getString("id")))
                .body("data.secret", everyItem(nullValue()));
    }

    @Test
    void rotationShowsANewSecretAndKeepsTheOldOneForTheOverlap() {
        JsonPath created = Subscriptions.create(tenant.spec(), RECEIVER, "*");
        tenant.spec().when().post(Subscriptions.PATH + "/" + created.getString("id") + "/rotate-secret")
                .then().statusCode(200)
                .body("secret", startsWith("whsec_"))
                .body("secret", not(equalTo(created.getString("secret"))))
                .body("previousSecretExpiresAt", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://example.com/hooks", "not a url", "https://user:pw@example.com/", "https:///nohost",
            "http://10.1.2.3/hooks", "https://10.1.2.3/hooks", "https://172.16.0.1/", "https://192.168.1.10/",
            "https://[fc00::1]/", "https://127.0.0.2/", "https://[::1]/", "https://0.0.0.0/", "https://0.1.2.3/",
            "https://169.254.10.10/", "https://169.254.169.254/latest/meta-data", "https://[fe80::1]/",
            "https://[fd00:ec2::254]/", "https://100.64.0.1/", "http://203.0.113.10/hooks",
            "https://no-such-host.invalid/hooks" })
    void refusesUrlsItMayNotCallAndStoresNothing(String url) {
        tenant.spec().body(Json.object("url", url, "eventTypes", List.of("*")))
                .when().post(Subscriptions.PATH)
                .then().spec(Problems.invalid("url"));
        assertNoSubscriptions();
    }

    @ParameterizedTest
    @ValueSource(strings = { "contact", "contact.**", "Contact.updated", "*.updated", "contact.updated.now", "",
            "contact.", ".updated" })
    void refusesUnknownEventTypePatterns(String pattern) {
        tenant.spec().body(Json.object("url", RECEIVER, "eventTypes", List.of("contact.created", pattern)))
                .when().post(Subscriptions.PATH)
                .then().spec(Problems.invalid("eventTypes"));
        assertNoSubscriptions();
    }

    @Test
    void refusesMissingEventTypesAndBadFieldNames() {
        tenant.spec().body(Json.object("url", RECEIVER, "eventTypes", List.of()))
                .when().post(Subscriptions.PATH)
                .then().spec(Problems.invalid("eventTypes"));
        tenant.spec().body(Json.object("url", RECEIVER, "eventTypes", List.of("*"), "fields", List.of("e-mail!")))
                .when().post(Subscriptions.PATH)
                .then().spec(Problems.problem(400, "validation"));
        assertNoSubscriptions();
    }

    @Test
    void aBadPatchChangesNothing() {
        JsonPath created = Subscriptions.create(tenant.spec(), RECEIVER, "contact.*");
        String id = created.getString("id");
        tenant.spec().contentType(Api.MERGE_PATCH).body(Json.write(Map.of("url", "https://169.254.169.254/")))
                .when().patch(Subscriptions.PATH + "/" + id)
                .then().spec(Problems.invalid("url"));
        tenant.spec().contentType(Api.MERGE_PATCH).body(Json.write(Map.of("eventTypes", List.of("contact"))))
                .when().patch(Subscriptions.PATH + "/" + id)
                .then().spec(Problems.invalid("eventTypes"));
        JsonPath now = Subscriptions.get(tenant.spec(), id);
        assertThat(now.getString("url"), equalTo(RECEIVER));
        assertThat(now.getList("eventTypes"), contains("contact.*"));
        assertThat(now.getLong("version"), equalTo(created.getLong("version")));
    }

    @Test
    void anIntegrationSeesAndManagesOnlyItsOwnSubscriptions() {
        Supplier<RequestSpecification> integration = integration(List.of("webhooks:manage", "contacts:read"));
        String own = Subscriptions.create(integration.get(), RECEIVER, "contact.*").getString("id");
        String others = Subscriptions.create(tenant.spec(), RECEIVER, "*").getString("id");

        integration.get().when().get(Subscriptions.PATH)
                .then().statusCode(200).body("data.id", contains(own));
        integration.get().when().get(Subscriptions.PATH + "/" + others).then().spec(Problems.notFound());
        integration.get().contentType(Api.MERGE_PATCH).body(Json.write(Map.of("active", false)))
                .when().patch(Subscriptions.PATH + "/" + others).then().spec(Problems.notFound());
        integration.get().when().delete(Subscriptions.PATH + "/" + others).then().spec(Problems.notFound());
        integration.get().when().post(Subscriptions.PATH + "/" + others + "/test").then().spec(Problems.notFound());
        integration.get().when().get(Subscriptions.PATH + "/" + others + "/deliveries")
                .then().spec(Problems.notFound());
        tenant.spec().when().get(Subscriptions.PATH)
                .then().statusCode(200).body("data.id", contains(others));
        assertThat(Subscriptions.get(tenant.spec(), others).getBoolean("active"), equalTo(true));
    }

    @Test
    void anIntegrationWithoutTheScopeMayNotManageWebhooks() {
        Supplier<RequestSpecification> integration = integration(List.of("contacts:read"));
        integration.get().when().get(Subscriptions.PATH).then().spec(Problems.problem(403, "forbidden"))
                .body("detail", containsString("webhooks:manage"));
        integration.get().body(Json.object("url", RECEIVER, "eventTypes", List.of("*")))
                .when().post(Subscriptions.PATH).then().spec(Problems.problem(403, "forbidden"));
        assertNoSubscriptions();
    }

    @Test
    void listsPageWithCursors() {
        for (int i = 0; i < 3; i++) {
            Subscriptions.create(tenant.spec(), RECEIVER, "*");
        }
        JsonPath first = tenant.spec().queryParam("limit", 2).when().get(Subscriptions.PATH)
                .then().statusCode(200).body("page.hasMore", equalTo(true)).extract().jsonPath();
        tenant.spec().queryParam("limit", 2).queryParam("cursor", first.getString("page.nextCursor"))
                .when().get(Subscriptions.PATH)
                .then().statusCode(200)
                .body("data.id", not(hasItem(first.getList("data.id").get(0))))
                .body("page.hasMore", equalTo(false));
        tenant.spec().queryParam("cursor", "forged").when().get(Subscriptions.PATH)
                .then().spec(Problems.problem(400, "validation"));
    }

    @Test
    void graphQLManagesSubscriptions() {
        JsonPath created = graphql("""
                mutation { createWebhook(input: {url: "%s", eventTypes: ["contact.updated"], fields: ["email"]}) {
                  id secret eventTypes fields active } }""".formatted(RECEIVER));
        String id = created.getString("data.createWebhook.id");
        assertThat(created.getString("data.createWebhook.secret"), startsWith("whsec_"));

        JsonPath updated = graphql("""
                mutation { updateWebhook(id: "%s", input: {active: false}) { active secret } }""".formatted(id));
        assertThat(updated.getBoolean("data.updateWebhook.active"), equalTo(false));
        assertThat(updated.getString("data.updateWebhook.secret"), nullValue());

        JsonPath rotated = graphql("""
                mutation { rotateWebhookSecret(id: "%s") { secret } }""".formatted(id));
        assertThat(rotated.getString("data.rotateWebhookSecret.secret"),
                not(equalTo(created.getString("data.createWebhook.secret"))));

        JsonPath listed = graphql("{ webhooks(first: 50) { edges { node { id url } } } }");
        assertThat(listed.getList("data.webhooks.edges.node.id"), hasItem(id));
        assertThat(graphql("{ webhook(id: \"%s\") { eventTypes } }".formatted(id))
                .getList("data.webhook.eventTypes"), contains("contact.updated"));

        JsonPath refused = graphql("""
                mutation { createWebhook(input: {url: "https://10.0.0.1/", eventTypes: ["*"]}) { id } }""");
        assertThat(refused.prettify(), refused.getString("errors[0].extensions.code"), equalTo("VALIDATION"));

        assertThat(graphql("mutation { deleteWebhook(id: \"%s\") }".formatted(id))
                .getBoolean("data.deleteWebhook"), equalTo(true));
        tenant.spec().when().get(Subscriptions.PATH + "/" + id).then().spec(Problems.notFound());
    }

    /** A new integration of the tenant (role admin) with these scopes; each call gives a fresh request. */
    private Supplier<RequestSpecification> integration(List<String> scopes) {
        JsonPath created = tenant.spec()
                .body(Json.object("name", "Hooks " + Unique.suffix(), "role", "admin", "scopes", scopes))
                .when().post("/api/v1/integrations")
                .then().statusCode(201).extract().jsonPath();
        return () -> Api.as(created.getString("clientId"), created.getString("clientSecret"));
    }

    private void assertNoSubscriptions() {
        tenant.spec().when().get(Subscriptions.PATH).then().statusCode(200).body("data", empty());
    }

    private JsonPath graphql(String query) {
        return GraphQL.post(tenant.spec(), query, Map.of()).extract().jsonPath();
    }
}
