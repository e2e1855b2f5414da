package io.quintet.crm.platform.tenancy;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.SqlStatementCounter;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Tenants.TenantClient;
import io.quintet.crm.testsupport.Unique;

/**
 * Another tenant's records do not exist for a caller: every read and write by id is a 404 (never a
 * 403 that would confirm the id), and lists leave them out.
 */
@QuarkusTest
class TenantIsolationTest {

    private static final Pattern TENANT_CONDITION = Pattern.compile("tenant_id\\s*=");

    /**
     * The tenant filter is declared once, on the entities' base class: a second copy of the same condition
     * makes PostgreSQL multiply its selectivity and misjudge how many rows a tenant's query reads.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void readsNameTheTenantOnce(RecordType type) {
        String id = Records.create(type, type.minimal(Unique.name("Once")));

        List<String> statements;
        try (SqlStatementCounter sql = SqlStatementCounter.start()) {
            asAdmin().when().get(type.path(id)).then().statusCode(200);
            asAdmin().when().get(type.path()).then().statusCode(200);
            statements = sql.statements();
        }

        List<String> reads = statements.stream().filter(statement -> statement.contains(" from " + type.objectType() + " "))
                .toList();
        assertThat(reads, not(empty()));
        for (String read : reads) {
            assertThat(read, TENANT_CONDITION.matcher(read).results().count(), equalTo(1L));
        }
    }

    /** A record that belongs to the other tenant. */
    private static String othersRecord(RecordType type, String label) {
        return Records.create(Tenants.other().spec(), type, type.minimal(label));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void hidesAnotherTenantsRecordFromGet(RecordType type) {
        String id = othersRecord(type, Unique.name("Hidden"));

        asAdmin().when().get(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.notFound());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void cannotPatchAnotherTenantsRecord(RecordType type) {
        String id = othersRecord(type, Unique.name("NoPatch"));

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object(type.optionalField(), "hijacked")))
                .when().patch(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.notFound());
        Tenants.other().spec().when().get(type.path(id))
                .then().statusCode(200)
                .body(type.optionalField(), nullValue())
                .body("version", equalTo(0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void cannotReplaceAnotherTenantsRecord(RecordType type) {
        String label = Unique.name("NoPut");
        String id = othersRecord(type, label);

        asAdmin().body(type.minimal(Unique.name("hijacked")))
                .when().put(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.notFound());
        Tenants.other().spec().when().get(type.path(id))
                .then().statusCode(200).body(type.labelField(), equalTo(label));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void cannotDeleteAnotherTenantsRecord(RecordType type) {
        String id = othersRecord(type, Unique.name("NoDelete"));

        asAdmin().when().delete(type.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.notFound());
        Tenants.other().spec().when().get(type.path(id)).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void cannotUpdateAnotherTenantsRecordInABatch(RecordType type) {
        String id = othersRecord(type, Unique.name("NoBatch"));

        Records.batch(type, List.of(Json.object("id", id, type.optionalField(), "hijacked")))
                .then().log().ifValidationFails()
                .spec(Problems.notFound())
                .body("errors.index", hasItem(0));
        Tenants.other().spec().when().get(type.path(id))
                .then().statusCode(200).body(type.optionalField(), nullValue());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordType.class)
    void leavesAnotherTenantsRecordsOutOfLists(RecordType type) {
        String label = Unique.name("Unlisted");
        String mine = Records.create(type, type.minimal(label));
        TenantClient other = Tenants.other();

        assertThat(Records.idsWhere(other.spec(), type, type.labelFilter(label)), empty());
        other.spec().queryParam("limit", 200).when().get(type.path())
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.id", not(hasItem(mine)));
    }

    @Test
    void aContactCannotReferenceAnotherTenantsAccount() {
        String account = Records.createAccount(Unique.name("NotYours"));
        String label = Unique.name("Linker");

        Tenants.other().spec().body(Json.object("lastName", label, "accountId", account))
                .when().post(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("accountId"));
        assertThat(Records.idsWhere(Tenants.other().spec(), RecordType.CONTACTS,
                RecordType.CONTACTS.labelFilter(label)), empty());
    }

    @Test
    void anAccountCannotHaveAnotherTenantsParent() {
        String parent = Records.createAccount(Unique.name("NotYourParent"));

        Tenants.other().spec().body(Json.object("name", Unique.name("Child"), "parentAccountId", parent))
                .when().post(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("parentAccountId"));
    }

    @Test
    void hidesTheContactsOfAnotherTenantsAccount() {
        String account = Records.createAccount(Unique.name("Private"));
        Records.createContact(Unique.name("PrivateContact"), account);

        Tenants.other().spec().when().get(RecordType.ACCOUNTS.path(account) + "/contacts")
                .then().log().ifValidationFails()
                .spec(Problems.notFound());
    }

    @Test
    void emailsAreUniquePerTenantOnly() {
        String email = Unique.email();
        Records.createContact(Json.object("lastName", "Mine", "email", email));

        Tenants.other().spec().body(Json.object("lastName", "Theirs", "email", email))
                .when().post(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("email", equalTo(email));
    }
}
