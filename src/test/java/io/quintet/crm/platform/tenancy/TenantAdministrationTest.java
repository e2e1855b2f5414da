package io.quintet.crm.platform.tenancy;

import static io.quintet.crm.testsupport.Api.anonymous;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Tenants.TenantClient;
import io.quintet.crm.testsupport.Unique;
import io.restassured.response.Response;

/** Tenant administration: only the platform administrator creates and lists tenants. */
@QuarkusTest
class TenantAdministrationTest {

    private static final String TENANTS = "/api/v1/tenants";

    @Test
    void createsATenantWithItsFirstAdminClient() {
        String slug = "acme-" + Unique.suffix();

        Response created = Tenants.request("Acme Ltd", slug);

        created.then().log().ifValidationFails()
                .statusCode(201)
                .header("Location", endsWith(TENANTS + "/" + created.path("id")))
                .body("name", equalTo("Acme Ltd"))
                .body("slug", equalTo(slug))
                .body("adminClient.clientId", not(emptyOrNullString()))
                .body("adminClient.clientSecret", not(emptyOrNullString()));
    }

    @Test
    void theNewTenantsAdminSignsInToAnEmptyTenant() {
        TenantClient tenant = Tenants.create();

        tenant.spec().when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data", empty());
    }

    @Test
    void listsTenantsWithoutTheirSecrets() {
        TenantClient tenant = Tenants.create();

        asAdmin().when().get(TENANTS)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("slug", hasItem(tenant.slug()))
                .body("find { it.slug == '" + tenant.slug() + "' }.adminClient", nullValue());
    }

    @Test
    void rejectsADuplicateSlugWith409() {
        TenantClient tenant = Tenants.create();

        Tenants.request("Copycat", tenant.slug())
                .then().log().ifValidationFails()
                .spec(Problems.conflict());
    }

    @Test
    void rejectsASlugWithSpacesOrCapitals() {
        Tenants.request("Bad", "Bad Slug").then().log().ifValidationFails().spec(Problems.invalid("slug"));
    }

    @Test
    void rejectsASlugWithALeadingHyphen() {
        Tenants.request("Bad", "-" + Unique.suffix()).then().log().ifValidationFails().spec(Problems.invalid("slug"));
    }

    @Test
    void requiresAName() {
        asAdmin().body(Json.object("slug", "x-" + Unique.suffix()))
                .when().post(TENANTS)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("name"));
    }

    @Test
    void forbidsATenantAdminToCreateTenants() {
        TenantClient tenant = Tenants.other();

        tenant.spec().body(Json.object("name", "Sneaky", "slug", "sneaky-" + Unique.suffix()))
                .when().post(TENANTS)
                .then().log().ifValidationFails()
                .spec(Problems.problem(403, "forbidden"));
    }

    @Test
    void forbidsATenantAdminToListTenants() {
        Tenants.other().spec().when().get(TENANTS)
                .then().log().ifValidationFails()
                .spec(Problems.problem(403, "forbidden"));
    }

    @Test
    void requiresATokenToManageTenants() {
        anonymous().when().get(TENANTS)
                .then().log().ifValidationFails()
                .spec(Problems.problem(401, "unauthenticated"));
    }
}
