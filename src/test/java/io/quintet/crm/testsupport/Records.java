package io.quintet.crm.testsupport;

import static io.quintet.crm.testsupport.Api.asAdmin;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Fixtures built through the public API: create records and read them back, as the default
 * tenant's administrator unless a request specification (another tenant's client) is given.
 */
public final class Records {

    private Records() {
    }

    /** Creates a record and returns its id; fails the test unless the answer is 201. */
    public static String create(RecordType type, Map<String, Object> body) {
        return create(asAdmin(), type, body);
    }

    public static String create(RequestSpecification as, RecordType type, Map<String, Object> body) {
        return as.body(body)
                .when().post(type.path())
                .then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    /** Creates a minimal record labelled {@code label}. */
    public static String create(RecordType type, String label) {
        return create(type, type.minimal(label));
    }

    /** Creates an account named {@code name} and returns its id. */
    public static String createAccount(String name) {
        return create(RecordType.ACCOUNTS, RecordType.ACCOUNTS.minimal(name));
    }

    /** Creates an account with these fields and returns its id. */
    public static String createAccount(Map<String, Object> body) {
        return create(RecordType.ACCOUNTS, body);
    }

    /** Creates a contact with these fields and returns its id. */
    public static String createContact(Map<String, Object> body) {
        return create(RecordType.CONTACTS, body);
    }

    /** Creates a contact of an account (null for none) and returns its id. */
    public static String createContact(String lastName, String accountId) {
        return createContact(Json.object("lastName", lastName, "accountId", accountId));
    }

    /** The record as the admin reads it; fails unless the answer is 200. */
    public static Response get(RecordType type, String id) {
        return asAdmin().when().get(type.path(id))
                .then().log().ifValidationFails().statusCode(200)
                .extract().response();
    }

    /** The record's current version. */
    public static long version(RecordType type, String id) {
        return get(type, id).jsonPath().getLong("version");
    }

    /** The ids of the records matching an RSQL filter (at most 200), as the admin sees them. */
    public static List<String> idsWhere(RecordType type, String filter) {
        return idsWhere(asAdmin(), type, filter);
    }

    public static List<String> idsWhere(RequestSpecification as, RecordType type, String filter) {
        return as.queryParam("filter", filter).queryParam("limit", 200)
                .when().get(type.path())
                .then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath().getList("data.id", String.class);
    }

    /** Posts a batch {@code {"items": items}} as the admin. */
    public static Response batch(RecordType type, List<? extends Map<String, Object>> items) {
        return asAdmin().body(Json.object("items", items)).when().post(type.batchPath());
    }
}
