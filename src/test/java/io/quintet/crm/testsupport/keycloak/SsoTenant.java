package io.quintet.crm.testsupport.keycloak;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import io.quintet.crm.testsupport.Api;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The CRM tenant whose users sign in through Keycloak realm {@code tenant-a}; created and connected
 * once per test run and shared by every SSO test class (an issuer serves exactly one tenant).
 */
public final class SsoTenant {

    public static final Map<String, String> ROLE_MAPPING = Map.of("crm-admin", "admin",
            "crm-sales-manager", "sales_manager", "crm-sales-rep", "sales_rep", "crm-support-agent", "support_agent",
            "crm-marketer", "marketer", "crm-read-only", "read_only");

    private static JsonPath tenant;

    private SsoTenant() {
    }

    /** The connected tenant ({@code id}, {@code adminClient.clientId}, {@code adminClient.clientSecret}). */
    public static synchronized JsonPath get() {
        if (tenant == null) {
            String slug = "kc-a-" + UUID.randomUUID().toString().substring(0, 8);
            JsonPath created = asAdmin().body(Map.of("name", "Keycloak tenant A", "slug", slug))
                    .post("/api/v1/tenants").then().statusCode(201).extract().jsonPath();
            Api.as(created.getString("adminClient.clientId"), created.getString("adminClient.clientSecret"))
                    .body(provider()).put("/api/v1/identity-provider").then().statusCode(200)
                    .body("issuer", equalTo(Keycloak.issuer(Keycloak.TENANT_A)));
            tenant = created;
        }
        return tenant;
    }

    /** The provider settings that connect realm tenant-a. */
    public static Map<String, Object> provider() {
        return Map.of("issuer", Keycloak.issuer(Keycloak.TENANT_A), "clientId", Keycloak.CLIENT,
                "audience", Keycloak.AUDIENCE, "rolesClaim", Keycloak.GROUPS_CLAIM, "roleMapping", ROLE_MAPPING);
    }

    /** A request as the tenant's admin client. */
    public static RequestSpecification adminClient() {
        JsonPath connected = get();
        return Api.as(connected.getString("adminClient.clientId"), connected.getString("adminClient.clientSecret"));
    }

    /** A request as a Keycloak user of realm tenant-a. */
    public static RequestSpecification user(String name) {
        get();
        return bearer(Keycloak.token(Keycloak.TENANT_A, name));
    }

    /** The CRM user id of a Keycloak user of realm tenant-a (provisioned by this call if need be). */
    public static String userId(String name) {
        return user(name).get("/api/v1/me").then().statusCode(200).extract().path("principal");
    }

    public static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
