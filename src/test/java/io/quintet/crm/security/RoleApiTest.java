package io.quintet.crm.security;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Integrations;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Tenants.TenantClient;
import io.quintet.crm.testsupport.Unique;
import io.restassured.path.json.JsonPath;

/** {@code /api/v1/roles} and the GraphQL role operations, in a tenant of their own. */
@QuarkusTest
class RoleApiTest {

    private static TenantClient tenant;

    /** The class's own tenant, made on first use (the server must be up). */
    private static synchronized TenantClient tenant() {
        if (tenant == null) {
            tenant = Tenants.create();
        }
        return tenant;
    }

    @Test
    void everyTenantHasTheBuiltInRoles() {
        tenant().spec().queryParam("filter", "builtIn==true").get("/api/v1/roles").then().statusCode(200)
                .body("data.name", containsInAnyOrder("admin", "marketer", "read_only", "sales_manager", "sales_rep",
                        "support_agent"))
                .body("data.builtIn", everyItem(equalTo(true)))
                .body("data.find { it.name == 'support_agent' }.fieldRules", hasItem(Map.of("object", "account",
                        "field", "annualRevenue", "access", "hidden")));
    }

    @Test
    void anAdministratorDefinesARoleThatAnIntegrationCanHold() {
        String name = roleName();
        tenant().spec().body(role(name, List.of("read"))).post("/api/v1/roles").then().statusCode(201)
                .header("Location", containsString("/api/v1/roles/"))
                .body("name", equalTo(name))
                .body("builtIn", equalTo(false))
                .body("permissions[0].actions", equalTo(List.of("read")));

        String token = Integrations.token(tenant().spec(), name, List.of("contacts:read", "contacts:write"));
        Integrations.bearer(token).get("/api/v1/contacts").then().statusCode(200);
        Integrations.bearer(token).body(Map.of("lastName", "Nope")).post("/api/v1/contacts").then().statusCode(403)
                .body("detail", containsString(name));
    }

    @Test
    void changingARoleAppliesToTheNextRequest() {
        String name = roleName();
        String id = tenant().spec().body(role(name, List.of("read"))).post("/api/v1/roles").then().statusCode(201)
                .extract().path("id");
        String token = Integrations.token(tenant().spec(), name, List.of("contacts:read", "contacts:write"));

        tenant().spec().contentType(Api.MERGE_PATCH)
                .body(Map.of("permissions", List.of(Map.of("object", "contact", "actions", List.of("read", "create")))))
                .patch("/api/v1/roles/" + id).then().statusCode(200).body("version", equalTo(1));

        Integrations.bearer(token).body(Map.of("lastName", "Now allowed")).post("/api/v1/contacts").then()
                .statusCode(201);
    }

    @Test
    void unknownObjectsAndFieldsAreRefusedAndNothingIsStored() {
        String name = roleName();
        tenant().spec().body(Map.of("name", name,
                "permissions", List.of(Map.of("object", "spaceship", "actions", List.of("read"))),
                "fieldRules", List.of(Map.of("object", "account", "field", "shoeSize", "access", "hidden"))))
                .post("/api/v1/roles").then().statusCode(400)
                .contentType(Api.PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("permissions[0].object", "fieldRules[0].field"));

        tenant().spec().queryParam("filter", "name==" + name).get("/api/v1/roles").then().body("data", empty());
    }

    @Test
    void anUnknownActionIsABadRequest() {
        tenant().spec().body(Map.of("name", roleName(),
                "permissions", List.of(Map.of("object", "contact", "actions", List.of("fly")))))
                .post("/api/v1/roles").then().statusCode(400).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void aBuiltInNameCannotBeTakenAgain() {
        tenant().spec().body(role("sales_rep", List.of("read"))).post("/api/v1/roles").then().statusCode(409);
    }

    @Test
    void theAdminRoleCannotBeChanged() {
        String admin = builtIn("admin").getString("id");

        tenant().spec().contentType(Api.MERGE_PATCH).body(Map.of("description", "Less than everything"))
                .patch("/api/v1/roles/" + admin).then().statusCode(403);
    }

    @Test
    void aBuiltInRoleCanBeRetunedButKeepsItsNameAndCannotBeDeleted() {
        String marketer = builtIn("marketer").getString("id");

        tenant().spec().contentType(Api.MERGE_PATCH).body(Map.of("name", "growth"))
                .patch("/api/v1/roles/" + marketer).then().statusCode(400)
                .body("errors.field", hasItem("name"));
        tenant().spec().delete("/api/v1/roles/" + marketer).then().statusCode(409);
    }

    @Test
    void aRoleSomeoneHoldsCannotBeDeletedButAnUnusedOneCan() {
        String held = roleName();
        String heldId = tenant().spec().body(role(held, List.of("read"))).post("/api/v1/roles").then().statusCode(201)
                .extract().path("id");
        Integrations.token(tenant().spec(), held, List.of("contacts:read"));
        String unused = tenant().spec().body(role(roleName(), List.of("read"))).post("/api/v1/roles").then()
                .statusCode(201).extract().path("id");

        tenant().spec().delete("/api/v1/roles/" + heldId).then().statusCode(409)
                .body("detail", containsString("held by 1"));
        tenant().spec().delete("/api/v1/roles/" + unused).then().statusCode(204);
        tenant().spec().get("/api/v1/roles/" + unused).then().statusCode(404);
    }

    @Test
    void onlyAdministratorsManageRoles() {
        String token = Integrations.token(tenant().spec(), "sales_manager", List.of("contacts:read"));

        Integrations.bearer(token).get("/api/v1/roles").then().statusCode(403);
        Integrations.bearer(token).body(role(roleName(), List.of("read"))).post("/api/v1/roles").then()
                .statusCode(403);
    }

    @Test
    void graphQLListsAndDefinesRoles() {
        String name = roleName();
        tenant().spec().body(Map.of("query", "mutation($input: RoleInput!) { createRole(input: $input) { name "
                + "permissions { object actions } fieldRules { object field access } } }",
                "variables", Map.of("input", Map.of("name", name,
                        "permissions", List.of(Map.of("object", "contact", "actions", List.of("READ", "UPDATE"))),
                        "fieldRules", List.of(Map.of("object", "contact", "field", "email", "access", "READ_ONLY"))))))
                .post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.createRole.permissions[0].actions", equalTo(List.of("READ", "UPDATE")))
                .body("data.createRole.fieldRules[0].access", equalTo("READ_ONLY"));

        tenant().spec().body(Map.of("query", "{ roles(filter: {name: {eq: \"" + name + "\"}}) { edges { node { name "
                + "builtIn } } } }"))
                .post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.roles.edges.node.name", equalTo(List.of(name)));
    }

    private static JsonPath builtIn(String name) {
        return tenant().spec().queryParam("filter", "name==" + name).get("/api/v1/roles").then().statusCode(200)
                .extract().jsonPath().setRootPath("data[0]");
    }

    private static Map<String, Object> role(String name, List<String> contactActions) {
        return Map.of("name", name, "description", "A role of the tests",
                "permissions", List.of(Map.of("object", "contact", "actions", contactActions)));
    }

    private static String roleName() {
        return "role_" + Unique.suffix().replaceAll("[^a-z0-9]", "_").toLowerCase();
    }
}
