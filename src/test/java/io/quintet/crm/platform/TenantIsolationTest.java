package io.quintet.crm.platform;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.quintet.crm.account.Account;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.quintet.crm.testsupport.Api;

/**
 * Isolation does not depend on queries remembering the tenant: a query with no tenant condition at
 * all still sees only the current tenant's rows, and with no tenant it fails instead of seeing all.
 */
@QuarkusTest
class TenantIsolationTest {

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void aQueryThatForgetsTheTenantStillSeesOnlyTheCurrentTenantsRows() throws Throwable {
        String name = "Isolated " + UUID.randomUUID();
        String ownId = asAdmin().body(Map.of("name", name)).post("/api/v1/accounts").then().statusCode(201)
                .extract().path("id");
        Map<String, String> other = newTenant();
        String otherId = Api.as(other.get("clientId"), other.get("clientSecret")).body(Map.of("name", name))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
        UUID otherTenant = UUID.fromString(other.get("tenantId"));

        List<Account> seen = VertxContextSupport.subscribeAndAwait(() -> {
            TenantContext.set(otherTenant);
            return sessions.withSession(session -> session
                    .createSelectionQuery("from Account where name = :name", Account.class)
                    .setParameter("name", name).getResultList());
        });

        List<String> ids = seen.stream().map(account -> account.id.toString()).toList();
        assertEquals(List.of(otherId), ids, "only the other tenant's account of that name, not " + ownId);
    }

    @Test
    void aQueryWithoutATenantFailsInsteadOfSeeingEveryone() {
        assertThrows(IllegalStateException.class, () -> VertxContextSupport.subscribeAndAwait(() -> sessions
                .withSession(session -> session.createSelectionQuery("from Account", Account.class).getResultList())));
    }

    private static Map<String, String> newTenant() {
        String slug = "iso-" + UUID.randomUUID().toString().substring(0, 8);
        var created = asAdmin().body(Map.of("name", "Isolation " + slug, "slug", slug)).post("/api/v1/tenants")
                .then().statusCode(201).extract().jsonPath();
        return Map.of("tenantId", created.getString("id"), "clientId", created.getString("adminClient.clientId"),
                "clientSecret", created.getString("adminClient.clientSecret"));
    }
}
