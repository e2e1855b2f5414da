package io.quintet.crm.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.keycloak.Keycloak;
import io.quintet.crm.testsupport.keycloak.SsoTenant;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A record of one tenant is a 404 to another tenant's administrator through every REST operation on
 * a record and every GraphQL field that takes a record id, and stays as it was. The operations come
 * from the served OpenAPI document and schema. Both tenants sign in through Keycloak, so that tenant A
 * has users and teams and tenant B's caller is an administrator whom no scope limits.
 */
@QuarkusTest
class WrongTenantMatrixTest {

    /** One record of tenant A (the tenant of realm tenant-a) per collection, by the collection's path segment. */
    private static volatile Map<String, String> records;
    /** Tenant B: a tenant of its own whose administrator zoe signs in through realm tenant-b while a test runs. */
    private static volatile Tenants.TenantClient tenantB;

    @BeforeEach
    void connectTenantB() {
        if (records == null) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            Map<String, String> made = new LinkedHashMap<>();
            made.put("accounts", created(SsoTenant.adminClient(), "/api/v1/accounts",
                    Map.of("name", "Tenant A account " + suffix)));
            made.put("contacts", created(SsoTenant.adminClient(), "/api/v1/contacts",
                    Map.of("firstName", "Tenant A contact " + suffix)));
            made.put("leads", created(SsoTenant.adminClient(), "/api/v1/leads",
                    Map.of("lastName", "Tenant A lead " + suffix)));
            made.put("activities", created(SsoTenant.adminClient(), "/api/v1/activities",
                    Map.of("kind", "note", "body", "Tenant A note " + suffix,
                            "links", List.of(Map.of("object", "account", "id", made.get("accounts"))))));
            made.put("teams", created(SsoTenant.user("alice"), "/api/v1/teams", Map.of("name", "Tenant A team " + suffix)));
            made.put("integrations", created(SsoTenant.adminClient(), "/api/v1/integrations",
                    Map.of("name", "Tenant A integration " + suffix, "role", "read_only",
                            "scopes", List.of("contacts:read"))));
            made.put("roles", created(SsoTenant.adminClient(), "/api/v1/roles",
                    Map.of("name", "tenant_a_role_" + suffix, "permissions", List.of())));
            made.put("webhooks", created(SsoTenant.user("alice"), "/api/v1/webhooks",
                    Map.of("url", "http://127.0.0.1:9/tenant-a", "eventTypes", List.of("*"), "active", false)));
            made.put("users", SsoTenant.userId("erin"));
            made.put("pipelines", created(SsoTenant.adminClient(), "/api/v1/pipelines",
                    Map.of("name", "Tenant A pipeline " + suffix, "stages", List.of(
                            Map.of("name", "Open", "probability", 10, "kind", "open"),
                            Map.of("name", "Won", "probability", 100, "kind", "won")))));
            made.put("opportunities", created(SsoTenant.adminClient(), "/api/v1/opportunities",
                    Map.of("name", "Tenant A opportunity " + suffix, "accountId", made.get("accounts"))));
            made.put("products", created(SsoTenant.adminClient(), "/api/v1/products",
                    Map.of("sku", "A-" + suffix, "name", "Tenant A product " + suffix)));
            made.put("price-books", created(SsoTenant.adminClient(), "/api/v1/price-books",
                    Map.of("name", "Tenant A price book " + suffix)));
            records = made;
            tenantB = Tenants.create();
        }
        tenantB.spec().body(Map.of("issuer", Keycloak.issuer(Keycloak.TENANT_B), "clientId", Keycloak.CLIENT,
                "audience", Keycloak.AUDIENCE, "rolesClaim", Keycloak.GROUPS_CLAIM,
                "roleMapping", SsoTenant.ROLE_MAPPING)).when().put("/api/v1/identity-provider").then().statusCode(200);
    }

    /** Realm tenant-b is otherwise connected to no tenant, which other tests rely on. */
    @AfterEach
    void disconnectTenantB() {
        tenantB.spec().when().delete("/api/v1/identity-provider").then().statusCode(204);
    }

    @Test
    void everyRestOperationOnAnotherTenantsRecordIsNotFound() {
        Map<String, JsonNode> before = snapshots();
        String zoeUserId = zoe().when().get("/api/v1/me").then().statusCode(200).extract().path("principal");
        List<String> offenders = new ArrayList<>();
        List<ApiSurface.RestOperation> onRecords = ApiSurface.rest().stream()
                .filter(ApiSurface.RestOperation::onRecord).toList();
        for (ApiSurface.RestOperation operation : onRecords) {
            String id = records.get(operation.collection());
            if (id == null) {
                offenders.add(operation + ": no record of tenant A for '" + operation.collection()
                        + "'; add one to connectTenantB");
                continue;
            }
            Response response = operation.send(zoe(), id);
            if (response.statusCode() == 400 && !operation.idProperties().isEmpty()) {
                // {} was not a valid request: name tenant B's own user wherever the body takes an id, so
                // that only the record decides the answer.
                Map<String, Object> body = new LinkedHashMap<>();
                operation.idProperties().forEach(property -> body.put(property, zoeUserId));
                response = operation.send(zoe(), id, body);
            }
            if (response.statusCode() != 404 || !response.contentType().startsWith(Api.PROBLEM_JSON)) {
                offenders.add(operation + " -> " + response.statusCode() + " " + response.asString());
            }
        }
        assertTrue(!onRecords.isEmpty(), "the service served no operations on records");
        assertTrue(offenders.isEmpty(), ApiSurface.report("Operations that did not answer 404", offenders));
        assertEquals(before, snapshots(), "tenant A's records changed");
    }

    @Test
    void everyGraphQLFieldTakingAnotherTenantsRecordIdIsNotFound() {
        Map<String, JsonNode> before = snapshots();
        List<String> offenders = new ArrayList<>();
        List<ApiSurface.GraphQLOperation> onRecords = ApiSurface.graphQL(Api.asAdmin()).stream()
                .filter(ApiSurface.GraphQLOperation::takesRecordId).toList();
        for (ApiSurface.GraphQLOperation operation : onRecords) {
            Optional<String> id = recordFor(operation.field());
            if (id.isEmpty()) {
                offenders.add(operation + ": no record of tenant A matches the field's name; add one to "
                        + "connectTenantB");
                continue;
            }
            Response response = operation.send(zoe(), operation.document(Map.of("id", "\"" + id.get() + "\"")));
            List<String> codes = response.path("errors.extensions.code");
            boolean notFound = response.statusCode() == 200 && response.path("data." + operation.field()) == null
                    && codes != null && !codes.isEmpty() && codes.stream().allMatch("NOT_FOUND"::equals);
            if (!notFound) {
                offenders.add(operation + " -> " + response.statusCode() + " " + response.asString());
            }
        }
        assertTrue(!onRecords.isEmpty(), "the schema has no fields that take a record id");
        assertTrue(offenders.isEmpty(), ApiSurface.report("Fields that did not answer NOT_FOUND", offenders));
        assertEquals(before, snapshots(), "tenant A's records changed");
    }

    /**
     * The record whose collection the field's name mentions: {@code transferContact} takes a contact,
     * {@code updatePriceBookEntry} a price book's (its entry, or the book: either is tenant A's).
     */
    private static Optional<String> recordFor(String field) {
        String name = field.toLowerCase();
        return records.entrySet().stream()
                .filter(entry -> name.contains(singular(entry.getKey())))
                .map(Map.Entry::getValue)
                .findFirst()
                .or(() -> name.contains("lineitem") ? Optional.of(records.get("opportunities")) : Optional.empty());
    }

    /** {@code contacts} → {@code contact}, {@code opportunities} → {@code opportunity}, {@code price-books} → {@code pricebook}. */
    private static String singular(String collection) {
        String word = collection.replace("-", "");
        return word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : word.substring(0, word.length() - 1);
    }

    /** Each record as tenant A's administrator alice reads it, from its collection's list. */
    private static Map<String, JsonNode> snapshots() {
        Map<String, JsonNode> snapshots = new LinkedHashMap<>();
        records.forEach((collection, id) -> {
            JsonNode list = Json.read(SsoTenant.user("alice").when().get("/api/v1/" + collection + "?limit=200")
                    .then().statusCode(200).extract().asString()).path("data");
            for (JsonNode item : list) {
                if (item.path("id").asText().equals(id)) {
                    snapshots.put(collection, item);
                }
            }
        });
        assertEquals(records.keySet(), snapshots.keySet(), "every record of tenant A is listed");
        return snapshots;
    }

    private static String created(RequestSpecification tenantA, String path, Map<String, Object> body) {
        return tenantA.body(body).when().post(path).then().statusCode(201).extract().path("id");
    }

    /** Tenant B's administrator, a person with every right in their own tenant. */
    private static RequestSpecification zoe() {
        return SsoTenant.bearer(Keycloak.token(Keycloak.TENANT_B, "zoe"));
    }
}
