package io.quintet.crm.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Eventually;
import io.quintet.crm.testsupport.Database;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;
import io.quintet.crm.testsupport.WebhookReceiver;

/** Events and deliveries past crm.webhooks.retention (30 days) are deleted; younger ones stay. */
@QuarkusTest
class WebhookRetentionTest {

    @Inject
    Retention retention;

    @Test
    void deletesEventsAndDeliveriesPastRetention() {
        Database db = Database.ofService();
        Tenants.TenantClient tenant = Tenants.create();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String subscription = Subscriptions.create(tenant.spec(), receiver.url(), "contact.created").getString("id");
            String old = Subscriptions.createContact(tenant.spec(), Unique.name("Old"));
            String recent = Subscriptions.createContact(tenant.spec(), Unique.name("Recent"));
            Eventually.get(Duration.ofSeconds(30), () -> Subscriptions.deliveries(tenant.spec(), subscription)
                    .getList("data"), found -> found.size() == 2);
            db.query("update outbox_event set occurred_at = now() - interval '31 days' where object_id = ? "
                    + "returning id", UUID.fromString(old));

            assertThat(retention.run().await().atMost(Duration.ofSeconds(30)), greaterThanOrEqualTo(2));

            assertThat(db.count("select count(*) from outbox_event where object_id = ?", UUID.fromString(old)),
                    equalTo(0L));
            assertThat(db.count("select count(*) from outbox_event where object_id = ?", UUID.fromString(recent)),
                    equalTo(1L));
            assertThat(Subscriptions.deliveries(tenant.spec(), subscription).getList("data.eventId", String.class),
                    contains(db.query("select id::text as id from outbox_event where object_id = ?",
                            UUID.fromString(recent)).get(0).get("id")));
        }
    }
}
