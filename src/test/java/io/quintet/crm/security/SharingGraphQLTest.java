package io.quintet.crm.security;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.platform.sharing.Sharing;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Tenants;
import io.restassured.response.ValidatableResponse;

/** Org-wide defaults through GraphQL: the same service, rules and errors as {@code /api/v1/sharing}. */
@QuarkusTest
class SharingGraphQLTest {

    private static final String READ = "{ sharingDefaults { objectType access } }";
    private static final String SET = "mutation($type: String!, $access: Access!) "
            + "{ setSharingDefault(objectType: $type, access: $access) { objectType access } }";

    private Tenants.TenantClient tenant;

    @BeforeEach
    void newTenant() {
        tenant = Tenants.create();
    }

    @Test
    void aNewTenantSharesEveryObjectReadWrite() {
        asTenantAdmin(READ, Map.of())
                .body("errors", nullValue())
                .body("data.sharingDefaults.objectType", containsInAnyOrder(Sharing.OWNED_OBJECTS.toArray()))
                .body("data.sharingDefaults.access", everyItem(equalTo("READ_WRITE")));
    }

    @Test
    void setSharingDefaultChangesWhatBothApisReport() {
        asTenantAdmin(SET, Map.of("type", "contact", "access", "PRIVATE"))
                .body("errors", nullValue())
                .body("data.setSharingDefault.find { it.objectType == 'contact' }.access", equalTo("PRIVATE"))
                .body("data.setSharingDefault.find { it.objectType == 'account' }.access", equalTo("READ_WRITE"));

        tenant.spec().when().get("/api/v1/sharing").then().statusCode(200)
                .body("contact", equalTo("private"))
                .body("account", equalTo("read_write"));
        asTenantAdmin(READ, Map.of())
                .body("data.sharingDefaults.find { it.objectType == 'contact' }.access", equalTo("PRIVATE"));
    }

    @Test
    void anObjectTypeWithoutOwnersIsAValidationErrorAndChangesNothing() {
        asTenantAdmin(SET, Map.of("type", "team", "access", "PRIVATE"))
                .body("data.setSharingDefault", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"));

        asTenantAdmin(READ, Map.of()).body("data.sharingDefaults.access", everyItem(equalTo("READ_WRITE")));
    }

    @Test
    void anAccessThatIsNoneOfTheThreeIsRefusedBeforeAnythingRuns() {
        asTenantAdmin(SET, Map.of("type", "contact", "access", "EVERYONE"))
                .body("data", nullValue())
                .body("errors[0].message", containsString("EVERYONE"));

        tenant.spec().when().get("/api/v1/sharing").then().statusCode(200).body("contact", equalTo("read_write"));
    }

    @Test
    void onlyAdministratorsSetDefaultsButEveryoneReadsThem() {
        var rep = asTenantAdmin("mutation($input: IntegrationInput!) { createIntegration(input: $input) "
                + "{ clientId clientSecret } }", Map.of("input", Map.of("name", "Rep " + UUID.randomUUID(),
                        "role", "sales_rep", "scopes", List.of("accounts:read")))).extract().jsonPath();
        String clientId = rep.getString("data.createIntegration.clientId");
        String secret = rep.getString("data.createIntegration.clientSecret");

        GraphQL.post(Api.as(clientId, secret), SET, Map.of("type", "account", "access", "PRIVATE")).statusCode(200)
                .body("data.setSharingDefault", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.post(Api.as(clientId, secret), READ, Map.of()).statusCode(200)
                .body("errors", nullValue())
                .body("data.sharingDefaults.access", hasItem("READ_WRITE"));
        tenant.spec().when().get("/api/v1/sharing").then().statusCode(200).body("account", equalTo("read_write"));
    }

    private ValidatableResponse asTenantAdmin(String query, Map<String, Object> variables) {
        return GraphQL.post(tenant.spec(), query, variables).statusCode(200);
    }
}
