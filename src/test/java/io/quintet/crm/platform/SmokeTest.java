package io.quintet.crm.platform;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SmokeTest {

    @Test
    void createsAndReadsAnAccount() {
        String id = asAdmin().body("{\"name\":\"Acme\",\"type\":\"customer\",\"tags\":[\"vip\"]}")
                .when().post("/api/v1/accounts")
                .then().log().ifValidationFails().statusCode(201)
                .body("id", notNullValue())
                .extract().path("id");
        asAdmin().when().get("/api/v1/accounts/" + id)
                .then().log().ifValidationFails().statusCode(200).body("name", equalTo("Acme"));
        asAdmin().when().get("/api/v1/accounts")
                .then().log().all().statusCode(200);
    }
}
