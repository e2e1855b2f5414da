package io.quintet.crm.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quintet.crm.platform.events.LiveClient;
import io.quintet.crm.platform.events.LiveClient.Subscription;
import io.quintet.crm.testsupport.process.ServiceProcess;
import io.quintet.crm.testsupport.process.TestDatabase;

/**
 * Two replicas of the packaged service on one database: what one replica commits reaches live
 * subscribers connected to the other, through PostgreSQL LISTEN/NOTIFY.
 */
class TwoReplicasIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static TestDatabase database;
    private static ServiceProcess replicaA;
    private static ServiceProcess replicaB;

    @BeforeAll
    static void startReplicas() {
        database = TestDatabase.start();
        // One after the other: the first start migrates the schema and creates the default tenant.
        replicaA = ServiceProcess.on(database, "replica-a").start();
        replicaB = ServiceProcess.on(database, "replica-b").start();
    }

    @AfterAll
    static void stopReplicas() {
        for (AutoCloseable resource : new AutoCloseable[] {replicaA, replicaB, database}) {
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
}
