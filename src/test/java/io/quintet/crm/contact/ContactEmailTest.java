package io.quintet.crm.contact;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Concurrently;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;

/** A contact's email is unique in its tenant, ignoring case; a duplicate is a 409 that changes nothing. */
@QuarkusTest
class ContactEmailTest {

    private static final RecordType CONTACTS = RecordType.CONTACTS;

    @Test
    void rejectsADuplicateEmailIgnoringCaseAndCreatesNothing() {
        String email = Unique.email();
        String original = Records.createContact(Json.object("lastName", "Original", "email", email));
        String label = Unique.name("Duplicate");

        asAdmin().body(Json.object("lastName", label, "email", email.toUpperCase()))
                .when().post(CONTACTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.conflict());
        assertThat(Records.idsWhere(CONTACTS, CONTACTS.labelFilter(label)), empty());
        assertThat(Records.idsWhere(CONTACTS, "email==" + email), contains(original));
    }

    @Test
    void rejectsPatchingToAnotherContactsEmailAndKeepsTheOldOne() {
        String taken = Unique.email();
        Records.createContact(Json.object("lastName", "Holder", "email", taken));
        String mine = Unique.email();
        String id = Records.createContact(Json.object("lastName", "Mover", "email", mine));

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object("email", taken.toUpperCase())))
                .when().patch(CONTACTS.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.conflict());
        Records.get(CONTACTS, id).then().body("email", equalTo(mine)).body("version", equalTo(0));
    }

    @Test
    void rejectsADuplicateWithinOneBatchAndWritesNothing() {
        String email = Unique.email();
        String label = Unique.name("BatchDup");

        Records.batch(CONTACTS, List.of(
                Json.object("lastName", label, "email", email),
                Json.object("lastName", label, "email", email.toUpperCase())))
                .then().log().ifValidationFails()
                .spec(Problems.conflict())
                .body("errors[0].index", equalTo(1));
        assertThat(Records.idsWhere(CONTACTS, CONTACTS.labelFilter(label)), empty());
    }

    @Test
    void allowsAContactToKeepItsOwnEmailInAnotherCase() {
        String email = Unique.email();
        String id = Records.createContact(Json.object("lastName", "Recase", "email", email));

        asAdmin().contentType(MERGE_PATCH).body(Json.write(Json.object("email", email.toUpperCase())))
                .when().patch(CONTACTS.path(id))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("email", equalTo(email.toUpperCase()));
    }

    @Test
    void freesTheEmailWhenItsContactIsDeleted() {
        String email = Unique.email();
        String id = Records.createContact(Json.object("lastName", "Leaver", "email", email));
        asAdmin().when().delete(CONTACTS.path(id)).then().statusCode(204);

        Records.createContact(Json.object("lastName", "Successor", "email", email));
    }

    @Test
    void concurrentCreatesWithOneEmailGiveOneContactAndConflictsNeverAnError() {
        String email = Unique.email();
        String label = Unique.name("Race");

        List<Integer> statuses = Concurrently.statuses(Concurrently.run(8, () -> asAdmin()
                .body(Json.object("lastName", label, "email", email))
                .when().post(CONTACTS.path())));

        assertThat(statuses, everyItem(isOneOf(201, 409)));
        assertThat(statuses.stream().filter(status -> status == 201).toList(), hasSize(1));
        assertThat(Records.idsWhere(CONTACTS, CONTACTS.labelFilter(label)), hasSize(1));
    }
}
