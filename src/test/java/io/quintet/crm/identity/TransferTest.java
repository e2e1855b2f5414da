package io.quintet.crm.identity;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Ownership transfer without a signed-in user at hand: the refusals. (Successful transfers: SingleSignOnTest.) */
@QuarkusTest
class TransferTest {

    @Test
    void transferToSomeoneWhoIsNoUserIsRefused() {
        String account = asAdmin().body(Map.of("name", "Transfer " + UUID.randomUUID())).post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");

        asAdmin().body(Map.of("ownerId", UUID.randomUUID().toString()))
                .post("/api/v1/accounts/" + account + "/transfer")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ownerId"));
        asAdmin().get("/api/v1/accounts/" + account).then().body("ownerId", equalTo(null)).body("version", equalTo(0));
    }

    @Test
    void transferWithoutAnOwnerIsRefused() {
        String contact = asAdmin().body(Map.of("lastName", "Transfer", "email", UUID.randomUUID() + "@example.com"))
                .post("/api/v1/contacts").then().statusCode(201).extract().path("id");

        asAdmin().body(Map.of()).post("/api/v1/contacts/" + contact + "/transfer")
                .then().statusCode(400).body("errors[0].field", equalTo("ownerId"));
    }

    @Test
    void transferOfAnUnknownRecordIsNotFound() {
        asAdmin().body(Map.of("ownerId", UUID.randomUUID().toString()))
                .post("/api/v1/accounts/" + UUID.randomUUID() + "/transfer").then().statusCode(404);
    }
}
