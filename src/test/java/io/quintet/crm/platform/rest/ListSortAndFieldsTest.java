package io.quintet.crm.platform.rest;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static io.quintet.crm.testsupport.SampleAccounts.ALPHA;
import static io.quintet.crm.testsupport.SampleAccounts.BETA;
import static io.quintet.crm.testsupport.SampleAccounts.GAMMA;
import static io.quintet.crm.testsupport.SampleAccounts.SMITH;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.hasKey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.SampleAccounts;
import io.quintet.crm.testsupport.Unique;
import io.restassured.response.ValidatableResponse;

/** {@code ?sort=} (ascending, descending, several keys, nulls) and sparse {@code ?fields=}. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListSortAndFieldsTest {

    private SampleAccounts sample;

    /** Once per class, in the first test: REST Assured knows the service's port only from then on. */
    @BeforeEach
    void createSampleAccounts() {
        if (sample != null) {
            return;
        }
        sample = SampleAccounts.create();
    }

    private ValidatableResponse sortedBy(String sort) {
        return asAdmin().queryParam("filter", sample.only()).queryParam("sort", sort)
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .statusCode(200);
    }

    @Test
    void sortsByNameAscending() {
        sortedBy("name").body("data.name", contains(sample.names(ALPHA, BETA, GAMMA, SMITH).toArray()));
    }

    @Test
    void sortsByNameDescending() {
        sortedBy("-name").body("data.name", contains(sample.names(SMITH, GAMMA, BETA, ALPHA).toArray()));
    }

    @Test
    void sortsNumbersAscendingWithMissingValuesLast() {
        sortedBy("employees").body("data.name", contains(sample.names(ALPHA, BETA, GAMMA, SMITH).toArray()));
    }

    @Test
    void sortsNumbersDescendingWithMissingValuesFirst() {
        sortedBy("-employees").body("data.name", contains(sample.names(SMITH, GAMMA, BETA, ALPHA).toArray()));
    }

    @Test
    void sortsBySeveralKeys() {
        sortedBy("industry,-name").body("data.name", contains(sample.names(BETA, SMITH, ALPHA, GAMMA).toArray()));
    }

    @Test
    void sortsContactsByTheirAccountsName() {
        String lastName = Unique.name("SortRel");
        Records.createContact(Json.object("lastName", lastName, "firstName", "OfBeta", "accountId", sample.id(BETA)));
        Records.createContact(Json.object("lastName", lastName, "firstName", "OfAlpha", "accountId", sample.id(ALPHA)));

        asAdmin().queryParam("filter", "lastName==\"" + lastName + "\"").queryParam("sort", "-account.name")
                .when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.firstName", contains("OfBeta", "OfAlpha"));
    }

    @Test
    void rejectsAnUnknownSortFieldNamingIt() {
        sortedByExpectingError("shoeSize").spec(Problems.invalid("shoeSize"))
                .body("detail", containsString("shoeSize"));
    }

    @Test
    void rejectsAFieldThatCannotBeSorted() {
        sortedByExpectingError("phone").spec(Problems.invalid("phone"));
    }

    @Test
    void rejectsAnInjectionAttemptInSort() {
        sortedByExpectingError("name;drop table x").spec(Problems.invalid("name;drop table x"))
                .body("detail", containsString("in sort"));
        sortedByExpectingError("name desc; delete from account").spec(Problems.invalid("name desc; delete from account"))
                .body("detail", containsString("in sort"));
        sortedBy("name").body("data", hasSize(4));
    }

    private ValidatableResponse sortedByExpectingError(String sort) {
        return asAdmin().queryParam("sort", sort)
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails();
    }

    @Test
    void returnsOnlyTheRequestedFieldsInLists() {
        String email = Unique.email();
        Records.createContact(Json.object("lastName", Unique.name("Sparse"), "email", email, "title", "CFO"));

        asAdmin().queryParam("filter", "email==" + email).queryParam("fields", "id,email")
                .when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data", hasSize(1))
                .body("data[0]", aMapWithSize(2))
                .body("data[0].email", equalTo(email))
                .body("data[0]", hasKey("id"));
    }

    @Test
    void alwaysIncludesTheIdInSparseFields() {
        asAdmin().queryParam("filter", sample.only()).queryParam("fields", "name")
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data", everyItem(aMapWithSize(2)))
                .body("data", everyItem(hasKey("id")));
    }

    @Test
    void returnsOnlyTheRequestedFieldsOfOneRecord() {
        asAdmin().queryParam("fields", "id,name,employees")
                .when().get(RecordType.ACCOUNTS.path(sample.id(BETA)))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("keySet()", equalTo(Set.of("id", "name", "employees")))
                .body("employees", equalTo(20));
    }

    /** A whole record is written directly, a selection through a JSON tree: both must say the same. */
    @Test
    void aSelectionOfAllButOneFieldIsTheWholeRecordWithoutIt() {
        Map<String, Object> whole = asAdmin().when().get(RecordType.ACCOUNTS.path(sample.id(BETA)))
                .then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> expected = new LinkedHashMap<>(whole);
        expected.remove("website");
        assertThat(expected.keySet(), hasSize(greaterThan(10)));

        asAdmin().queryParam("fields", String.join(",", expected.keySet()))
                .when().get(RecordType.ACCOUNTS.path(sample.id(BETA)))
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("", equalTo(expected));
    }

    @Test
    void rejectsAnUnknownSparseFieldNamingIt() {
        asAdmin().queryParam("fields", "id,shoeSize")
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("shoeSize"))
                .body("detail", containsString("shoeSize"));
    }
}
