package io.quintet.crm.product;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.Api;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Integrations;
import io.quintet.crm.testsupport.Json;
import io.quintet.crm.testsupport.Problems;
import io.quintet.crm.testsupport.Tenants;
import io.quintet.crm.testsupport.Unique;

/** Products, price books and their prices. */
@QuarkusTest
class ProductTest {

    static final String PRODUCTS = "/api/v1/products";
    static final String PRICE_BOOKS = "/api/v1/price-books";

    static String product(String family) {
        return asAdmin().body(Json.object("sku", Unique.name("SKU"), "name", Unique.name("Widget"), "family", family))
                .when().post(PRODUCTS).then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    static String standardBook() {
        return asAdmin().queryParam("filter", "isStandard==true").when().get(PRICE_BOOKS)
                .then().statusCode(200).extract().path("data[0].id");
    }

    static void price(String book, String product, String currency, String listPrice) {
        asAdmin().body(Json.object("productId", product, "currency", currency, "listPrice", listPrice))
                .when().post(PRICE_BOOKS + "/" + book + "/entries")
                .then().log().ifValidationFails().statusCode(201);
    }

    @Test
    void createsAProductActiveByDefault() {
        String sku = Unique.name("SKU");

        asAdmin().body(Json.object("sku", sku, "name", "Gadget", "family", "Hardware"))
                .when().post(PRODUCTS)
                .then().log().ifValidationFails()
                .statusCode(201)
                .body("sku", equalTo(sku))
                .body("active", equalTo(true));
    }

    @Test
    void refusesASkuAnotherProductHas() {
        String sku = Unique.name("SKU");
        asAdmin().body(Json.object("sku", sku, "name", "First")).when().post(PRODUCTS).then().statusCode(201);

        asAdmin().body(Json.object("sku", sku, "name", "Second"))
                .when().post(PRODUCTS)
                .then().log().ifValidationFails()
                .spec(Problems.conflict());
        asAdmin().queryParam("filter", "sku==\"" + sku + "\"").when().get(PRODUCTS).then().body("data", hasSize(1));
    }

    @Test
    void allowsTheSameSkuInAnotherTenant() {
        String sku = Unique.name("SKU");
        asAdmin().body(Json.object("sku", sku, "name", "Here")).when().post(PRODUCTS).then().statusCode(201);

        Tenants.other().spec().body(Json.object("sku", sku, "name", "There"))
                .when().post(PRODUCTS)
                .then().log().ifValidationFails()
                .statusCode(201);
    }

    @Test
    void refusesAProductWithoutSku() {
        asAdmin().body(Json.object("name", "Nameless"))
                .when().post(PRODUCTS)
                .then().log().ifValidationFails()
                .spec(Problems.invalid("sku"));
    }

    @Test
    void everyTenantHasOneStandardPriceBook() {
        Tenants.TenantClient tenant = Tenants.create();

        tenant.spec().when().get(PRICE_BOOKS)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].isStandard", equalTo(true));
        tenant.spec().when().delete(PRICE_BOOKS + "/" + tenant.spec().when().get(PRICE_BOOKS).path("data[0].id"))
                .then().spec(Problems.conflict());
    }

    @Test
    void listsAPriceBooksPricesPerCurrency() {
        String product = product("Software");
        String book = asAdmin().body(Json.object("name", Unique.name("Partners"))).when().post(PRICE_BOOKS)
                .then().statusCode(201).extract().path("id");
        price(book, product, "EUR", "90");
        price(book, product, "USD", "100.5");

        asAdmin().queryParam("sort", "currency").when().get(PRICE_BOOKS + "/" + book + "/entries")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("data.currency", contains("EUR", "USD"))
                .body("data.listPrice", contains("90.00", "100.50"));
    }

    @Test
    void changesAndDeletesAPrice() {
        String product = product("Software");
        String book = asAdmin().body(Json.object("name", Unique.name("Changing"))).when().post(PRICE_BOOKS)
                .then().statusCode(201).extract().path("id");
        String entry = asAdmin().body(Json.object("productId", product, "currency", "EUR", "listPrice", "10"))
                .when().post(PRICE_BOOKS + "/" + book + "/entries").then().statusCode(201).extract().path("id");

        asAdmin().contentType(Api.MERGE_PATCH).header("If-Match", "\"0\"")
                .body(Json.object("listPrice", "12.5"))
                .when().patch(PRICE_BOOKS + "/" + book + "/entries/" + entry)
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("listPrice", equalTo("12.50"));
        asAdmin().when().delete(PRICE_BOOKS + "/" + book + "/entries/" + entry).then().statusCode(204);
        asAdmin().when().get(PRICE_BOOKS + "/" + book + "/entries").then().body("data", hasSize(0));
        asAdmin().when().delete(PRICE_BOOKS + "/" + book).then().statusCode(204);
    }

    @Test
    void aPriceIsNotFoundThroughAnotherPriceBook() {
        String product = product("Software");
        String entry = asAdmin().body(Json.object("productId", product, "currency", "SEK", "listPrice", "10"))
                .when().post(PRICE_BOOKS + "/" + standardBook() + "/entries").then().statusCode(201)
                .extract().path("id");
        String other = asAdmin().body(Json.object("name", Unique.name("Other"))).when().post(PRICE_BOOKS)
                .then().statusCode(201).extract().path("id");

        asAdmin().when().delete(PRICE_BOOKS + "/" + other + "/entries/" + entry)
                .then().log().ifValidationFails()
                .spec(Problems.notFound());
    }

    @Test
    void refusesASecondPriceForOneProductAndCurrency() {
        String product = product("Software");
        String book = standardBook();
        price(book, product, "EUR", "10");

        asAdmin().body(Json.object("productId", product, "currency", "EUR", "listPrice", "12"))
                .when().post(PRICE_BOOKS + "/" + book + "/entries")
                .then().log().ifValidationFails()
                .spec(Problems.conflict());
    }

    @Test
    void refusesAPriceOfAnUnknownProduct() {
        asAdmin().body(Json.object("productId", UUID.randomUUID().toString(), "currency", "EUR",
                "listPrice", "12"))
                .when().post(PRICE_BOOKS + "/" + standardBook() + "/entries")
                .then().log().ifValidationFails()
                .spec(Problems.invalid("productId"));
    }

    @Test
    void refusesToDeleteAPricedProduct() {
        String product = product("Software");
        price(standardBook(), product, "GBP", "10");

        asAdmin().when().delete(PRODUCTS + "/" + product)
                .then().log().ifValidationFails()
                .spec(Problems.conflict());
    }

    @Test
    void readsAPriceBookWithItsPricesInGraphQL() {
        String product = product("Services");
        String book = asAdmin().body(Json.object("name", Unique.name("Graph"))).when().post(PRICE_BOOKS)
                .then().statusCode(201).extract().path("id");
        price(book, product, "CHF", "7");

        GraphQL.asAdmin("query($id: ID!) { priceBook(id: $id) { name entries { currency listPrice productId } } }",
                Map.of("id", book))
                .log().ifValidationFails()
                .statusCode(200)
                .body("data.priceBook.entries.currency", contains("CHF"))
                .body("data.priceBook.entries.productId", contains(product));
    }

    @Test
    void createsAProductInGraphQL() {
        String sku = Unique.name("SKU");

        GraphQL.asAdmin("mutation($sku: String!) { createProduct(input: {sku: $sku, name: \"Gql\"}) { sku active } }",
                Map.of("sku", sku))
                .log().ifValidationFails()
                .statusCode(200)
                .body("data.createProduct.sku", equalTo(sku))
                .body("data.createProduct.active", equalTo(true));
    }

    @Test
    void aSalesRepMayReadButNotCreateProducts() {
        String token = Integrations.token(asAdmin(), "sales_rep",
                List.of("products:read", "products:write"));

        Integrations.bearer(token).when().get(PRODUCTS).then().statusCode(200);
        Integrations.bearer(token).body(Json.object("sku", Unique.name("S"), "name", "N"))
                .when().post(PRODUCTS)
                .then().log().ifValidationFails()
                .statusCode(403);
    }
}
