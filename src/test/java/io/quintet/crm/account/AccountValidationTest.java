package io.quintet.crm.account;

import static io.quintet.crm.testsupport.Api.MERGE_PATCH;
import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.RecordType;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;
import io.restassured.response.ValidatableResponse;

/** Every field rule of an account: a 400 whose errors name the field, and nothing stored. */
@QuarkusTest
class AccountValidationTest {

    private static final RecordType ACCOUNTS = RecordType.ACCOUNTS;

    /** A valid account with one field changed. */
    private static Map<String, Object> accountWith(String field, Object value) {
        return Json.with(ACCOUNTS.minimal(Unique.name("Valid")), field, value);
    }

    private static ValidatableResponse post(Object body) {
        return asAdmin().body(body).when().post(ACCOUNTS.path()).then().log().ifValidationFails();
    }

    private static void assertRejected(Map<String, Object> body, String field) {
        post(body).spec(Problems.invalid(field));
        if (body.get("name") instanceof String name && !name.isBlank() && name.length() <= 255
                && name.indexOf('\u0000') < 0) {
            assertThat(Records.idsWhere(ACCOUNTS, ACCOUNTS.labelFilter(name)), empty());
        }
    }

    private static Map<String, Object> revenue(Object amount, Object currency) {
        return Json.object("amount", amount, "currency", currency);
    }

    @Test
    void requiresAName() {
        assertRejected(Json.object("industry", "Software"), "name");
    }

    @Test
    void rejectsABlankName() {
        assertRejected(Json.object("name", "   "), "name");
    }

    @Test
    void rejectsANameLongerThan255Characters() {
        assertRejected(Json.object("name", "n".repeat(256)), "name");
    }

    @Test
    void acceptsANameOf255Characters() {
        post(Json.object("name", "n".repeat(254) + "!")).statusCode(201);
    }

    @Test
    void rejectsADomainThatIsNotADomainName() {
        assertRejected(accountWith("domain", "not a domain"), "domain");
    }

    @Test
    void rejectsADomainWrittenAsAUrl() {
        assertRejected(accountWith("domain", "https://example.com/"), "domain");
    }

    @Test
    void rejectsNegativeEmployees() {
        assertRejected(accountWith("employees", -1), "employees");
    }

    @Test
    void rejectsEmployeesThatAreNotANumber() {
        assertRejected(accountWith("employees", "many"), "employees");
    }

    @Test
    void rejectsFractionalEmployees() {
        assertRejected(accountWith("employees", 1.5), "employees");
    }

    @Test
    void rejectsEmployeesBeyondTheIntegerRange() {
        post("{\"name\":\"" + Unique.name("Huge") + "\",\"employees\":99999999999}").spec(Problems.invalid("employees"));
    }

    @Test
    void rejectsAWebsiteThatIsNotHttp() {
        assertRejected(accountWith("website", "ftp://example.com"), "website");
    }

    @Test
    void rejectsAJavascriptWebsite() {
        assertRejected(accountWith("website", "javascript:alert(1)"), "website");
    }

    @Test
    void rejectsACurrencyThatIsNotIso4217() {
        assertRejected(accountWith("annualRevenue", revenue("10.00", "ABC")), "annualRevenue.currency");
    }

    @Test
    void rejectsALowerCaseCurrency() {
        assertRejected(accountWith("annualRevenue", revenue("10.00", "eur")), "annualRevenue.currency");
    }

    @Test
    void rejectsANegativeAmount() {
        assertRejected(accountWith("annualRevenue", revenue("-1.00", "EUR")), "annualRevenue.amount");
    }

    @Test
    void rejectsAnAmountWithoutACurrency() {
        assertRejected(accountWith("annualRevenue", Json.object("amount", "10.00")), "annualRevenue.currency");
    }

    @Test
    void rejectsACurrencyWithoutAnAmount() {
        assertRejected(accountWith("annualRevenue", Json.object("currency", "EUR")), "annualRevenue.amount");
    }

    @Test
    void rejectsAnAmountThatIsNotANumber() {
        assertRejected(accountWith("annualRevenue", revenue("lots", "EUR")), "annualRevenue.amount");
    }

    @Test
    void rejectsAnAmountWithMoreThanTwoDecimals() {
        assertRejected(accountWith("annualRevenue", revenue("10.001", "EUR")), "annualRevenue.amount");
    }

    @Test
    void storesAmountsWithTwoDecimalsAndAnswersThemAsStored() {
        String id = post(accountWith("annualRevenue", revenue("1e3", "EUR")))
                .statusCode(201)
                .body("annualRevenue.amount", equalTo("1000.00"))
                .extract().path("id");
        Records.get(ACCOUNTS, id).then().body("annualRevenue.amount", equalTo("1000.00"));
    }

    @Test
    void rejectsATagLongerThan255Characters() {
        assertRejected(accountWith("tags", List.of("ok", "t".repeat(256))), "tags[1]");
    }

    @Test
    void rejectsABlankTag() {
        assertRejected(accountWith("tags", List.of(" ")), "tags[0]");
    }

    @Test
    void rejectsMoreThan50Tags() {
        assertRejected(accountWith("tags", java.util.stream.IntStream.range(0, 51).mapToObj(i -> "t" + i).toList()),
                "tags");
    }

    @Test
    void rejectsAnUnknownType() {
        assertRejected(accountWith("type", "giant"), "type");
    }

    @Test
    void rejectsATypeGivenAsANumber() {
        assertRejected(accountWith("type", 1), "type");
    }

    @Test
    void rejectsAPhoneLongerThan50Characters() {
        assertRejected(accountWith("phone", "1".repeat(51)), "phone");
    }

    @Test
    void rejectsAnOverlongPostalCodeNamingItsPath() {
        assertRejected(accountWith("shippingAddress", Json.object("postalCode", "9".repeat(21))),
                "shippingAddress.postalCode");
    }

    @Test
    void rejectsTheNulCharacterInAName() {
        assertRejected(Json.object("name", "Acme\u0000Corp"), "name");
    }

    @Test
    void rejectsTheNulCharacterInAnAddress() {
        assertRejected(accountWith("billingAddress", Json.object("city", "Par\u0000is")), "billingAddress.city");
    }

    @Test
    void rejectsTheNulCharacterInATag() {
        assertRejected(accountWith("tags", List.of("a\u0000")), "tags[0]");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        post(Json.object("name", "", "employees", -5, "website", "mailto:x@example.com"))
                .spec(Problems.problem(400, "validation"))
                .body("errors.field", hasItems("name", "employees", "website"));
    }

    @Test
    void appliesTheSameRulesToAMergePatch() {
        String id = Records.createAccount(Unique.name("PatchRules"));

        asAdmin().contentType(MERGE_PATCH).body("{\"employees\": -3, \"industry\": \"Changed\"}")
                .when().patch(ACCOUNTS.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("employees"));
        Records.get(ACCOUNTS, id).then()
                .body("industry", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void appliesTheSameRulesToAReplace() {
        String id = Records.createAccount(Unique.name("PutRules"));

        asAdmin().body(Json.object("name", " "))
                .when().put(ACCOUNTS.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("name"));
        Records.get(ACCOUNTS, id).then().body("version", equalTo(0));
    }

    @Test
    void aMergePatchCannotClearTheName() {
        String id = Records.createAccount(Unique.name("KeepName"));

        asAdmin().contentType(MERGE_PATCH).body("{\"name\": null}")
                .when().patch(ACCOUNTS.path(id))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("name"));
    }
}
