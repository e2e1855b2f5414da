package io.quintet.crm.platform;

import static io.quintet.crm.testsupport.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The checked-in API contracts, {@code graphql/schema.graphql} and {@code openapi/openapi.yaml},
 * must be what the running service serves. Regenerate both with
 * {@code ./mvnw test -Dtest=ApiContractTest -Dquintet.contracts.update=true} and review the diff.
 */
@QuarkusTest
class ApiContractTest {

    private static final String REGENERATE = "./mvnw test -Dtest=ApiContractTest -Dquintet.contracts.update=true";

    @Test
    void graphQLSchemaMatchesTheCheckedInSchema() throws IOException {
        String served = asAdmin().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        compare(Path.of("graphql", "schema.graphql"), served);
    }

    @Test
    void openApiDocumentMatchesTheCheckedInDocument() throws IOException {
        String served = RestAssured.given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        compare(Path.of("openapi", "openapi.yaml"), served);
    }

    private static void compare(Path checkedIn, String served) throws IOException {
        String normalised = served.replace("\r\n", "\n").strip() + "\n";
        if (Boolean.getBoolean("quintet.contracts.update")) {
            Files.writeString(checkedIn, normalised, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(checkedIn)) {
            fail(checkedIn + " is missing; create it with: " + REGENERATE);
        }
        assertEquals(Files.readString(checkedIn, StandardCharsets.UTF_8), normalised,
                checkedIn + " differs from what the service serves; if the change is intended, regenerate it with: "
                        + REGENERATE);
    }
}
