package io.quintet.crm.platform.rest;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static io.quintet.crm.testsupport.SampleAccounts.ALPHA;
import static io.quintet.crm.testsupport.SampleAccounts.BETA;
import static io.quintet.crm.testsupport.SampleAccounts.GAMMA;
import static io.quintet.crm.testsupport.SampleAccounts.SMITH;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.ZoneOffset;

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

/** {@code ?filter=} in RSQL: each operator on a field it suits, across a relation, and bad filters. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListFilterTest {

    private SampleAccounts sample;

    /** Once per class, in the first test: REST Assured knows the service's port only from then on. */
    @BeforeEach
    void createSampleAccounts() {
        if (sample != null) {
            return;
        }
        sample = SampleAccounts.create();
    }

    /** The sample accounts matching {@code condition}, by name. */
    private ValidatableResponse accountsWhere(String condition) {
        return asAdmin().queryParam("filter", sample.only() + ";" + condition)
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .statusCode(200);
    }

    private void assertMatches(String condition, String... expected) {
        accountsWhere(condition).body("data.name", expected.length == 0 ? empty()
                : containsInAnyOrder(sample.names(expected).toArray()));
    }

    @Test
    void equalsMatchesExactly() {
        assertMatches("industry==Retail", BETA);
    }

    @Test
    void notEqualsExcludesTheValueAndMissingValues() {
        // SQL semantics, as documented: a missing industry is neither equal nor unequal to Software.
        assertMatches("industry!=Software", BETA);
    }

    @Test
    void greaterThanComparesNumbers() {
        assertMatches("employees=gt=10", BETA, GAMMA);
    }

    @Test
    void greaterOrEqualIncludesTheBound() {
        assertMatches("employees=ge=20", BETA, GAMMA);
    }

    @Test
    void lessThanComparesNumbers() {
        assertMatches("employees=lt=20", ALPHA);
    }

    @Test
    void lessOrEqualIncludesTheBound() {
        assertMatches("employees=le=20", ALPHA, BETA);
    }

    @Test
    void symbolicComparisonsWorkLikeTheirNamedForms() {
        assertMatches("employees>10;employees<=30", BETA, GAMMA);
    }

    @Test
    void inMatchesAnyListedValue() {
        assertMatches("type=in=(prospect,partner)", BETA, GAMMA);
    }

    @Test
    void outExcludesEveryListedValue() {
        assertMatches("type=out=(customer,prospect)", GAMMA);
    }

    @Test
    void isNullTrueFindsMissingValues() {
        assertMatches("industry=isnull=true", GAMMA);
    }

    @Test
    void isNullFalseFindsPresentValues() {
        assertMatches("employees=isnull=false", ALPHA, BETA, GAMMA);
    }

    @Test
    void aTrailingWildcardMatchesAPrefixIgnoringCase() {
        assertMatches("name==\"" + sample.prefix().toLowerCase() + "-sm*\"", SMITH);
    }

    @Test
    void aWildcardNotEqualsExcludesThePattern() {
        assertMatches("name!=\"*a\"", SMITH);
    }

    @Test
    void wildcardsTreatPercentAndUnderscoreLiterally() {
        assertMatches("name==\"" + sample.prefix() + "-%*\"");
    }

    @Test
    void decimalsCompareByValue() {
        assertMatches("annualRevenue.amount=gt=150.5", BETA);
    }

    @Test
    void timestampsAcceptADate() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertMatches("createdAt=lt=" + tomorrow, ALPHA, BETA, GAMMA, SMITH);
        assertMatches("createdAt=ge=" + tomorrow);
    }

    @Test
    void caseInsensitiveFieldsIgnoreCase() {
        assertMatches("domain==" + ("alpha-" + sample.prefix() + ".example.com").toUpperCase(), ALPHA);
    }

    @Test
    void nestedAddressPartsAreFilterable() {
        assertMatches("billingAddress.city==Berlin", BETA);
    }

    @Test
    void commaMeansOrAndParenthesesGroup() {
        assertMatches("(industry==Retail,employees==30)", BETA, GAMMA);
    }

    @Test
    void filtersContactsAcrossTheirAccount() {
        String lastName = Unique.name("Rel");
        String software = Records.createContact(lastName, sample.id(ALPHA));
        Records.createContact(lastName, sample.id(BETA));
        Records.createContact(lastName, null);

        asAdmin().queryParam("filter", "lastName==\"" + lastName + "\";account.industry==Software")
                .when().get(RecordType.CONTACTS.path())
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.id", containsInAnyOrder(software));
    }

    @Test
    void rejectsAnUnknownFieldNamingIt() {
        asAdmin().queryParam("filter", "shoeSize==42")
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("shoeSize"))
                .body("detail", containsString("shoeSize"));
    }

    @Test
    void rejectsAnUnknownOperatorNamingIt() {
        asAdmin().queryParam("filter", "employees=about=10")
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("filter"))
                .body("detail", containsString("=about="));
    }

    @Test
    void rejectsAnOperatorTheFieldTypeDoesNotSupport() {
        asAdmin().queryParam("filter", "type=gt=customer")
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("type"));
    }

    @Test
    void rejectsAValueOfTheWrongTypeNamingTheField() {
        asAdmin().queryParam("filter", "employees=gt=many")
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("employees"))
                .body("detail", containsString("many"));
    }

    @Test
    void rejectsAnUnknownEnumValue() {
        asAdmin().queryParam("filter", "type==giant")
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("type"));
    }

    @Test
    void rejectsAMalformedFilter() {
        asAdmin().queryParam("filter", "name==(")
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("filter"));
    }

    @Test
    void rejectsANulCharacterInAFilterValue() {
        asAdmin().urlEncodingEnabled(false).queryParam("filter", "name==a%00b")
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("name"));
    }

    @Test
    void anUnquotedInjectionAttemptIsASyntaxError() {
        asAdmin().queryParam("filter", "name=='; drop table account;--")
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .spec(Problems.invalid("filter"));
        assertMatches("industry==Retail", BETA);
    }

    @Test
    void aQuotedInjectionAttemptIsJustAValueThatMatchesNothing() {
        asAdmin().queryParam("filter", "name==\"'; drop table account;--\"")
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data", empty());
        assertMatches("industry==Retail", BETA);
    }

    @Test
    void anInjectionAttemptInAnInListIsJustValues() {
        asAdmin().queryParam("filter", "name=in=(\"x') or 1=1 --\",\"y\")")
                .when().get(RecordType.ACCOUNTS.path())
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data", empty());
        Records.get(RecordType.ACCOUNTS, sample.id(ALPHA)).then().body("name", equalTo(sample.name(ALPHA)));
    }

    @Test
    void filtersTheContactsOfOneAccountToo() {
        String lastName = Unique.name("Scoped");
        String match = Records.createContact(Json.object("lastName", lastName, "title", "CEO",
                "accountId", sample.id(GAMMA)));
        Records.createContact(Json.object("lastName", lastName, "title", "CTO", "accountId", sample.id(GAMMA)));

        asAdmin().queryParam("filter", "title==CEO")
                .when().get(RecordType.ACCOUNTS.path(sample.id(GAMMA)) + "/contacts")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].id", equalTo(match));
    }
}
