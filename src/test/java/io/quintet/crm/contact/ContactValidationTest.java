package io.quintet.crm.contact;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;
import io.restassured.response.ValidatableResponse;

/** Every field rule of a contact: a 400 whose errors name the field, and nothing stored. */
@QuarkusTest
class ContactValidationTest {

    private static final RecordType CONTACTS = RecordType.CONTACTS;

    /** A valid contact with one field changed; its lastName is unique so a test can look for it. */
    private static Map<String, Object> contactWith(String field, Object value) {
        return Json.with(CONTACTS.minimal(Unique.name("Valid")), field, value);
    }

    private static ValidatableResponse post(Object body) {
        return asAdmin().body(body).when().post(CONTACTS.path()).then().log().ifValidationFails();
    }

    private static void assertRejected(Map<String, Object> body, String field) {
        post(body).spec(Problems.invalid(field));
        if (body.get("lastName") instanceof String name && !name.isBlank() && name.length() <= 255
                && name.indexOf('\u0000') < 0) {
            assertThat(Records.idsWhere(CONTACTS, CONTACTS.labelFilter(name)), empty());
        }
    }

    @Test
    void requiresAFirstOrALastNameReportedOnLastName() {
        assertRejected(Json.object("email", Unique.email(), "title", "CEO"), "lastName");
    }

    @Test
    void rejectsBlankNames() {
        assertRejected(Json.object("firstName", " ", "lastName", ""), "lastName");
    }

    @Test
    void acceptsAFirstNameAlone() {
        post(Json.object("firstName", Unique.name("Cher"))).statusCode(201).body("lastName", nullValue());
    }

    @Test
    void rejectsALastNameLongerThan255Characters() {
        assertRejected(Json.object("lastName", "l".repeat(256)), "lastName");
    }

    @Test
    void rejectsAFirstNameLongerThan255Characters() {
        assertRejected(contactWith("firstName", "f".repeat(256)), "firstName");
    }

    @Test
    void rejectsAnEmailWithoutAnAt() {
        assertRejected(contactWith("email", "ada.example.com"), "email");
    }

    @Test
    void rejectsAnEmailWithSpaces() {
        assertRejected(contactWith("email", "ada lovelace@example.com"), "email");
    }

    @Test
    void rejectsAnEmailLongerThan320Characters() {
        assertRejected(contactWith("email", "a".repeat(310) + "@example.com"), "email");
    }

    @Test
    void rejectsAnAccountIdOfNoAccount() {
        assertRejected(contactWith("accountId", UUID.randomUUID().toString()), "accountId");
    }

    @Test
    void rejectsAnAccountIdThatIsNotAUuid() {
        assertRejected(contactWith("accountId", "acme"), "accountId");
    }

    @Test
    void rejectsAnUnknownLifecycleStage() {
        assertRejected(contactWith("lifecycleStage", "vip"), "lifecycleStage");
    }

    @Test
    void rejectsALifecycleStageGivenAsANumber() {
        assertRejected(contactWith("lifecycleStage", 2), "lifecycleStage");
    }

    @Test
    void rejectsADoNotContactThatIsNotABoolean() {
        assertRejected(contactWith("doNotContact", "sometimes"), "doNotContact");
    }

    @Test
    void rejectsAMobileLongerThan50Characters() {
        assertRejected(contactWith("mobile", "0".repeat(51)), "mobile");
    }

    @Test
    void rejectsATagLongerThan255Characters() {
        assertRejected(contactWith("tags", List.of("t".repeat(256))), "tags[0]");
    }

    @Test
    void rejectsTheNulCharacterInALastName() {
        assertRejected(Json.object("lastName", "Love\u0000lace"), "lastName");
    }

    @Test
    void rejectsTheNulCharacterInAnEmail() {
        assertRejected(contactWith("email", "ada\u0000@example.com"), "email");
    }

    @Test
    void rejectsTheNulCharacterInTheMailingAddress() {
        assertRejected(contactWith("mailingAddress", Json.object("street", "1 Main\u0000 St")), "mailingAddress.street");
    }

    @Test
    void rejectsTheNulCharacterInAMergePatch() {
        String id = Records.createContact(CONTACTS.minimal(Unique.name("NulPatch")));

        asAdmin().contentType(MERGE_PATCH).body("{\"title\": \"C\\u0000EO\"}")
                .when().patch(CONTACTS.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("title"));
        Records.get(CONTACTS, id).then().body("title", nullValue());
    }

    @Test
    void aMergePatchCannotRemoveBothNames() {
        String id = Records.createContact(Json.object("firstName", "Ada", "lastName", Unique.name("Both")));

        asAdmin().contentType(MERGE_PATCH).body("{\"firstName\": null, \"lastName\": null}")
                .when().patch(CONTACTS.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("lastName"));
        Records.get(CONTACTS, id).then().body("firstName", equalTo("Ada")).body("version", equalTo(0));
    }

    @Test
    void aMergePatchCannotLinkAnAccountThatDoesNotExist() {
        String id = Records.createContact(CONTACTS.minimal(Unique.name("Unlinked")));

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object("accountId", UUID.randomUUID().toString())))
                .when().patch(CONTACTS.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("accountId"));
        Records.get(CONTACTS, id).then().body("accountId", nullValue());
    }

    @Test
    void storesEnumsInLowerCase() {
        post(contactWith("lifecycleStage", "MQL")).statusCode(201).body("lifecycleStage", equalTo("mql"));
    }
}
