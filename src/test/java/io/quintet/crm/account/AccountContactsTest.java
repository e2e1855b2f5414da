package io.quintet.crm.account;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;

/** An account's contacts: listing them, and what deleting the account does to them. */
@QuarkusTest
class AccountContactsTest {

    private static final RecordType ACCOUNTS = RecordType.ACCOUNTS;
    private static final RecordType CONTACTS = RecordType.CONTACTS;

    private static String contactsPath(String account) {
        return ACCOUNTS.path(account) + "/contacts";
    }

    @Test
    void listsOnlyThatAccountsContacts() {
        String account = Records.createAccount(Unique.name("Mine"));
        String other = Records.createAccount(Unique.name("Other"));
        String first = Records.createContact(Unique.name("First"), account);
        String second = Records.createContact(Unique.name("Second"), account);
        Records.createContact(Unique.name("Elsewhere"), other);
        Records.createContact(Unique.name("Nowhere"), null);

        asAdmin().when().get(contactsPath(account))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.id", containsInAnyOrder(first, second))
                .body("page.hasMore", equalTo(false));
    }

    @Test
    void listsNoContactsOfAnAccountWithoutAny() {
        String account = Records.createAccount(Unique.name("Empty"));

        asAdmin().when().get(contactsPath(account))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data", empty());
    }

    @Test
    void answersNotFoundForTheContactsOfAnUnknownAccount() {
        asAdmin().when().get(contactsPath(UUID.randomUUID().toString()))
                .then().log().ifValidationFails()
                .spec(Problems.notFound());
    }

    @Test
    void refusesToDeleteAnAccountThatHasContacts() {
        String account = Records.createAccount(Unique.name("Busy"));
        String contact = Records.createContact(Unique.name("Linked"), account);

        asAdmin().when().delete(ACCOUNTS.path(account))
                .then().log().ifValidationFails()
                .spec(Problems.conflict());
        Records.get(ACCOUNTS, account);
        Records.get(CONTACTS, contact).then().body("accountId", equalTo(account));
    }

    @Test
    void detachesTheContactsWhenDeletingWithCascadeDetach() {
        String account = Records.createAccount(Unique.name("Closing"));
        String first = Records.createContact(Unique.name("Detached"), account);
        String second = Records.createContact(Unique.name("Detached"), account);

        asAdmin().queryParam("cascade", "detach")
                .when().delete(ACCOUNTS.path(account))
                .then().log().ifValidationFails()
                .statusCode(204);
        asAdmin().when().get(ACCOUNTS.path(account)).then().spec(Problems.notFound());
        Records.get(CONTACTS, first).then().body("accountId", nullValue()).body("version", equalTo(1));
        Records.get(CONTACTS, second).then().body("accountId", nullValue());
    }

    @Test
    void deletesAnAccountWithoutContacts() {
        String account = Records.createAccount(Unique.name("Lonely"));

        asAdmin().when().delete(ACCOUNTS.path(account))
                .then().log().ifValidationFails()
                .statusCode(204);
    }

    @Test
    void rejectsAnUnknownCascadeOption() {
        String account = Records.createAccount(Unique.name("Cascade"));
        Records.createContact(Unique.name("Kept"), account);

        asAdmin().queryParam("cascade", "delete")
                .when().delete(ACCOUNTS.path(account))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("cascade"));
        Records.get(ACCOUNTS, account);
    }
}
