package io.quintet.crm.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.keycloak.Keycloak;
import io.quintet.crm.testsupport.keycloak.SsoTenant;

/**
 * A provider may carry roles in a claim named by a URI, as Auth0 requires of custom claims
 * ({@code https://quintet-crm.example/roles}): the dots in that name do not nest. Realm tenant-a
 * also puts its realm roles under that claim.
 */
@QuarkusTest
class NamespacedRolesClaimTest {

    private static final String NAMESPACED_CLAIM = "https://quintet-crm.example/roles";

    @Test
    void rolesAreReadFromAClaimNamedByAUri() {
        assertThat((List<?>) Keycloak.claims(Keycloak.token(Keycloak.TENANT_A, "mallory")).get(NAMESPACED_CLAIM),
                contains("crm-sales-manager"));
        Map<String, Object> namespaced = Json.with(SsoTenant.provider(), "rolesClaim", NAMESPACED_CLAIM);
        SsoTenant.adminClient().body(namespaced).put("/api/v1/identity-provider").then().statusCode(200);
        try {
            SsoTenant.user("mallory").get("/api/v1/me").then().statusCode(200)
                    .body("roles", contains("sales_manager"));
        } finally {
            SsoTenant.adminClient().body(SsoTenant.provider()).put("/api/v1/identity-provider").then().statusCode(200);
        }
    }
}
