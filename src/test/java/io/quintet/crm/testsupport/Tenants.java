package io.quintet.crm.testsupport;

import static io.quintet.crm.testsupport.Api.asAdmin;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Tenants made through {@code POST /api/v1/tenants}, with a client of their own administrator. */
public final class Tenants {

    private static volatile TenantClient other;

    private Tenants() {
    }

    /** A tenant and the credentials of its first admin client. */
    public record TenantClient(String id, String slug, String clientId, String clientSecret) {

        /** A request carrying a token of this tenant's admin client. */
        public RequestSpecification spec() {
            return Api.as(clientId, clientSecret);
        }
    }

    /** Asks the platform administrator for a new tenant with this slug. */
    public static Response request(String name, String slug) {
        return asAdmin().body(Json.object("name", name, "slug", slug)).when().post("/api/v1/tenants");
    }

    /** A new tenant; fails the test unless it is created. */
    public static TenantClient create() {
        String slug = "t-" + Unique.suffix();
        Response created = request("Tenant " + slug, slug);
        created.then().log().ifValidationFails().statusCode(201);
        return new TenantClient(created.path("id"), slug, created.path("adminClient.clientId"),
                created.path("adminClient.clientSecret"));
    }

    /**
     * A second tenant shared by the isolation tests, created on first use. Tests add only records with
     * unique names to it, so sharing it keeps them independent.
     */
    public static TenantClient other() {
        TenantClient current = other;
        if (current == null) {
            synchronized (Tenants.class) {
                current = other;
                if (current == null) {
                    current = create();
                    other = current;
                }
            }
        }
        return current;
    }
}
