package io.quintet.crm.report;

import java.util.Arrays;
import java.util.stream.Stream;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Requests to the REST reports. */
final class Reports {

    private Reports() {
    }

    /** {@code GET /api/v1/reports/<name>} with these query parameters (name, value, name, value…). */
    static ValidatableResponse get(RequestSpecification as, String name, Object... parameters) {
        for (int i = 0; i < parameters.length; i += 2) {
            as.queryParam((String) parameters[i], String.valueOf(parameters[i + 1]));
        }
        return as.when().get("/api/v1/reports/" + name).then().log().ifValidationFails();
    }

    /** The parameters followed by more. */
    static Object[] with(Object[] parameters, Object... more) {
        return Stream.concat(Arrays.stream(parameters), Arrays.stream(more)).toArray();
    }
}
