package io.quintet.crm.platform.events;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;
import io.restassured.RestAssured;

/** Live updates: GraphQL subscriptions fed by committed outbox events, received by the npm graphql-ws client. */
@QuarkusTest
class LiveUpdatesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static String url() {
        return "ws://localhost:" + RestAssured.port + "/graphql";
    }

    private static String adminToken() {
        return Api.token(Api.ADMIN_CLIENT_ID, Api.ADMIN_CLIENT_SECRET);
    }

    @Test
    void aSubscriberReceivesTheChangesMadeOverRest() {
        try (LiveClient client = LiveClient.open(url(),
                List.of(LiveClient.Subscription.recordChanged("admin", adminToken(), Map.of())))) {
            client.awaitLive("admin", () -> Records.createAccount(Unique.name("Probe")), WAIT);

            String id = Records.createContact(Unique.name("Live"), null);
            asAdmin().contentType(MERGE_PATCH).body(Map.of("title", "CTO")).patch("/api/v1/contacts/" + id)
                    .then().statusCode(200);
            asAdmin().delete("/api/v1/contacts/" + id).then().statusCode(204);

            List<JsonNode> changes = client.awaitChangesOf("admin", id, 3, WAIT);
            assertThat(changes.stream().map(change -> change.path("type").asText()).toList(),
                    contains("contact.created", "contact.updated", "contact.deleted"));
            assertThat(LiveClient.json(changes.get(1), "record").path("title").asText(), equalTo("CTO"));
        }
    }
}
