package io.quintet.crm.product;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.Concurrently;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;

/** Opportunity line items: default prices, the amount rollup, If-Match and concurrent edits. */
@QuarkusTest
class LineItemTest {

    private static final String OPPORTUNITIES = "/api/v1/opportunities";

    private static String opportunity(String currency) {
        Map<String, Object> body = Json.object("name", Unique.name("Deal"), "accountId",
                Records.createAccount(Unique.name("Buyer")));
        if (currency != null) {
            body.put("amount", Json.object("amount", "1", "currency", currency));
        }
        return asAdmin().body(body).when().post(OPPORTUNITIES).then().statusCode(201).extract().path("id");
    }

    private static String items(String opportunity) {
        return OPPORTUNITIES + "/" + opportunity + "/line-items";
    }

    private static Response add(String opportunity, Map<String, Object> item) {
        return asAdmin().body(item).when().post(items(opportunity));
    }

    private static String pricedProduct(String currency, String listPrice) {
        String product = ProductTest.product("Licences");
        ProductTest.price(ProductTest.standardBook(), product, currency, listPrice);
        return product;
    }

    private static JsonPath read(String opportunity) {
        return asAdmin().when().get(OPPORTUNITIES + "/" + opportunity).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void takesTheStandardPriceInTheOpportunitysCurrency() {
        String product = pricedProduct("EUR", "250");
        String opportunity = opportunity("EUR");

        add(opportunity, Json.object("productId", product, "quantity", "2"))
                .then().log().ifValidationFails()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("unitPrice.amount", equalTo("250.00"))
                .body("unitPrice.currency", equalTo("EUR"))
                .body("total.amount", equalTo("500.00"));

        assertThat(read(opportunity).getString("amount.amount"), equalTo("500.00"));
        assertThat(read(opportunity).getBoolean("amountFromLineItems"), equalTo(true));
    }

    @Test
    void theAmountIsTheSumOfDiscountedTotals() {
        String product = ProductTest.product("Services");
        String opportunity = opportunity("USD");
        add(opportunity, Json.object("productId", product, "quantity", "3", "discount", "10",
                "unitPrice", Json.object("amount", "19.99", "currency", "USD"))).then().statusCode(201)
                .body("total.amount", equalTo("53.97"));
        add(opportunity, Json.object("productId", product, "quantity", "1.5",
                "unitPrice", Json.object("amount", "100", "currency", "USD"))).then().statusCode(201)
                .body("total.amount", equalTo("150.00"));

        assertThat(read(opportunity).getString("amount.amount"), equalTo("203.97"));
        asAdmin().when().get(items(opportunity)).then().statusCode(200)
                .body("data.total.amount", contains("53.97", "150.00"))
                .body("page.hasMore", equalTo(false));
    }

    @Test
    void refusesAnItemWithoutAPriceAndChangesNothing() {
        String product = ProductTest.product("Unpriced");
        String opportunity = opportunity("JPY");

        add(opportunity, Json.object("productId", product, "quantity", "1"))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("unitPrice"));
        assertThat(read(opportunity).getLong("version"), equalTo(0L));
        asAdmin().when().get(items(opportunity)).then().body("data", hasSize(0));
    }

    @Test
    void refusesAUnitPriceInAnotherCurrency() {
        String opportunity = opportunity("EUR");

        add(opportunity, Json.object("productId", ProductTest.product("X"), "quantity", "1",
                "unitPrice", Json.object("amount", "5", "currency", "USD")))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("unitPrice.currency"));
    }

    @Test
    void refusesAZeroQuantity() {
        add(opportunity("EUR"), Json.object("productId", ProductTest.product("X"), "quantity", "0",
                "unitPrice", Json.object("amount", "5", "currency", "EUR")))
                .then().log().ifValidationFails()
                .spec(Problems.invalid("quantity"));
    }

    @Test
    void anOpportunityWithoutAmountTakesTheFirstItemsCurrency() {
        String opportunity = opportunity(null);

        add(opportunity, Json.object("productId", ProductTest.product("X"), "quantity", "4",
                "unitPrice", Json.object("amount", "2.5", "currency", "GBP"))).then().statusCode(201);

        assertThat(read(opportunity).getString("amount.amount"), equalTo("10.00"));
        assertThat(read(opportunity).getString("amount.currency"), equalTo("GBP"));
    }

    @Test
    void refusesToSetTheAmountOfAnOpportunityWithLineItems() {
        String opportunity = opportunity("EUR");
        add(opportunity, Json.object("productId", ProductTest.product("X"), "quantity", "1",
                "unitPrice", Json.object("amount", "5", "currency", "EUR"))).then().statusCode(201);

        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("amount", Json.object("amount", "99", "currency", "EUR")))
                .when().patch(OPPORTUNITIES + "/" + opportunity)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("amount"));
        assertThat(read(opportunity).getString("amount.amount"), equalTo("5.00"));
    }

    @Test
    void changingAnItemRecomputesTheAmount() {
        String opportunity = opportunity("EUR");
        String item = add(opportunity, Json.object("productId", ProductTest.product("X"), "quantity", "1",
                "unitPrice", Json.object("amount", "5", "currency", "EUR"))).then().statusCode(201).extract().path("id");

        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("quantity", "7"))
                .when().patch(items(opportunity) + "/" + item)
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("total.amount", equalTo("35.00"));
        assertThat(read(opportunity).getString("amount.amount"), equalTo("35.00"));
    }

    @Test
    void removingTheLastItemHandsTheAmountBackToTheClient() {
        String opportunity = opportunity("EUR");
        String item = add(opportunity, Json.object("productId", ProductTest.product("X"), "quantity", "2",
                "unitPrice", Json.object("amount", "5", "currency", "EUR"))).then().statusCode(201).extract().path("id");

        asAdmin().when().delete(items(opportunity) + "/" + item).then().log().ifValidationFails().statusCode(204);

        assertThat(read(opportunity).getBoolean("amountFromLineItems"), equalTo(false));
        asAdmin().contentType(Api.MERGE_PATCH).body(Json.object("amount", Json.object("amount", "42", "currency", "EUR")))
                .when().patch(OPPORTUNITIES + "/" + opportunity).then().statusCode(200);
    }

    @Test
    void refusesAStaleIfMatchAndAddsNothing() {
        String opportunity = opportunity("EUR");

        asAdmin().header("If-Match", "\"5\"").body(Json.object("productId", ProductTest.product("X"), "quantity", "1",
                "unitPrice", Json.object("amount", "5", "currency", "EUR")))
                .when().post(items(opportunity))
                .then().log().ifValidationFails()
                .spec(Problems.preconditionFailed());
        asAdmin().when().get(items(opportunity)).then().body("data", hasSize(0));
    }

    @Test
    void concurrentAddsAllCountInTheAmount() {
        String opportunity = opportunity("EUR");
        String product = ProductTest.product("X");
        int writers = 8;

        List<Response> answers = Concurrently.run(writers, () -> add(opportunity, Json.object("productId", product,
                "quantity", "1", "unitPrice", Json.object("amount", "10", "currency", "EUR"))));

        assertThat(Concurrently.statuses(answers), everyItem(equalTo(201)));
        assertThat(read(opportunity).getString("amount.amount"), equalTo("80.00"));
        assertThat(read(opportunity).getLong("version"), equalTo((long) writers));
        asAdmin().when().get(items(opportunity)).then().body("data", hasSize(writers));
    }

    @Test
    void concurrentAddsWithOneIfMatchLetExactlyOneThrough() {
        String opportunity = opportunity("EUR");
        String product = ProductTest.product("X");

        List<Response> answers = Concurrently.run(6, () -> asAdmin().header("If-Match", "\"0\"")
                .body(Json.object("productId", product, "quantity", "1",
                        "unitPrice", Json.object("amount", "10", "currency", "EUR")))
                .post(items(opportunity)));

        List<Integer> statuses = Concurrently.statuses(answers);
        assertThat(Collections.frequency(statuses, 201), equalTo(1));
        assertThat(Collections.frequency(statuses, 412), equalTo(5));
        assertThat(read(opportunity).getString("amount.amount"), equalTo("10.00"));
    }

    @Test
    void removesALineItemInGraphQL() {
        String opportunity = opportunity("EUR");
        String item = add(opportunity, Json.object("productId", ProductTest.product("X"), "quantity", "2",
                "unitPrice", Json.object("amount", "5", "currency", "EUR"))).then().statusCode(201).extract().path("id");

        GraphQL.asAdmin("mutation($o: ID!, $i: ID!) { removeLineItem(opportunityId: $o, id: $i) "
                + "{ version amountFromLineItems lineItems { id } } }", Map.of("o", opportunity, "i", item))
                .log().ifValidationFails()
                .statusCode(200)
                .body("data.removeLineItem.version", equalTo(2))
                .body("data.removeLineItem.amountFromLineItems", equalTo(false))
                .body("data.removeLineItem.lineItems", hasSize(0));
    }

    @Test
    void addsALineItemInGraphQL() {
        String opportunity = opportunity("EUR");
        String product = pricedProduct("EUR", "30");

        GraphQL.asAdmin("mutation($o: ID!, $p: ID!) { addLineItem(opportunityId: $o, expectedVersion: 0, "
                + "input: {productId: $p, quantity: \"3\"}) { version amount { amount } lineItems { total { amount } } } }",
                Map.of("o", opportunity, "p", product))
                .log().ifValidationFails()
                .statusCode(200)
                .body("data.addLineItem.version", equalTo(1))
                .body("data.addLineItem.amount.amount", equalTo("90.00"))
                .body("data.addLineItem.lineItems.total.amount", contains("90.00"));
    }
}
