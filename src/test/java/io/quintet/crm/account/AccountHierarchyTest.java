package io.quintet.crm.account;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;

/** Accounts form a hierarchy through parentAccountId: the parent must exist and no cycle may form. */
@QuarkusTest
class AccountHierarchyTest {

    private static final RecordType ACCOUNTS = RecordType.ACCOUNTS;

    private static String childOf(String parent) {
        return Records.createAccount(Json.object("name", Unique.name("Child"), "parentAccountId", parent));
    }

    private static void patchParent(String id, String parent, int status) {
        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object("parentAccountId", parent)))
                .when().patch(ACCOUNTS.path(id))
                .then().log().ifValidationFails()
                .statusCode(status);
    }

    @Test
    void linksAnAccountToAnExistingParent() {
        String parent = Records.createAccount(Unique.name("Parent"));

        String child = childOf(parent);

        Records.get(ACCOUNTS, child).then().body("parentAccountId", equalTo(parent));
    }

    @Test
    void rejectsAParentThatDoesNotExist() {
        String name = Unique.name("Orphan");

        asAdmin().body(Json.object("name", name, "parentAccountId", UUID.randomUUID().toString()))
                .when().post(ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("parentAccountId"));
    }

    @Test
    void rejectsMakingAnAccountItsOwnParent() {
        String account = Records.createAccount(Unique.name("Self"));

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object("parentAccountId", account)))
                .when().patch(ACCOUNTS.path(account))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("parentAccountId"));
        Records.get(ACCOUNTS, account).then().body("parentAccountId", nullValue());
    }

    @Test
    void rejectsATwoAccountCycle() {
        String a = Records.createAccount(Unique.name("A"));
        String b = childOf(a);

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object("parentAccountId", b)))
                .when().patch(ACCOUNTS.path(a))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("parentAccountId"));
        Records.get(ACCOUNTS, a).then().body("parentAccountId", nullValue()).body("version", equalTo(0));
    }

    @Test
    void rejectsALongerCycleThroughAReplace() {
        String a = Records.createAccount(Unique.name("A"));
        String b = childOf(a);
        String c = childOf(b);

        asAdmin().body(Json.object("name", Unique.name("A"), "parentAccountId", c))
                .when().put(ACCOUNTS.path(a))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("parentAccountId"));
    }

    @Test
    void allowsMovingAnAccountUnderASibling() {
        String root = Records.createAccount(Unique.name("Root"));
        String left = childOf(root);
        String right = childOf(root);

        patchParent(right, left, 200);

        Records.get(ACCOUNTS, right).then().body("parentAccountId", equalTo(left));
    }

    @Test
    void refusesToDeleteAParentWhileItHasChildren() {
        String parent = Records.createAccount(Unique.name("Parent"));
        String child = childOf(parent);

        asAdmin().when().delete(ACCOUNTS.path(parent))
                .then().log().ifValidationFails()
                .spec(Problems.conflict());
        Records.get(ACCOUNTS, child).then().body("parentAccountId", equalTo(parent));
    }

    @Test
    void detachesChildrenWhenDeletingWithCascadeDetach() {
        String parent = Records.createAccount(Unique.name("Parent"));
        String child = childOf(parent);

        asAdmin().queryParam("cascade", "detach")
                .when().delete(ACCOUNTS.path(parent))
                .then().log().ifValidationFails()
                .statusCode(204);
        Records.get(ACCOUNTS, child).then().body("parentAccountId", nullValue()).body("version", equalTo(1));
    }
}
