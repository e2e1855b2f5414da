package io.quintet.crm.testsupport;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What a client must see in an RFC 9457 problem answer, as REST Assured expectations. */
public final class Problems {

    /** Where problem {@code type} URIs live. */
    public static final String TYPE_BASE = "https://quintet-crm.dev/problems/";

    private Problems() {
    }

    /** A problem+json answer with this status and {@code type} slug, a title and a detail. */
    public static ResponseSpecification problem(int status, String typeSlug) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", startsWith(Api.PROBLEM_JSON))
                .expectBody("type", equalTo(TYPE_BASE + typeSlug))
                .expectBody("status", equalTo(status))
                .expectBody("title", not(emptyOrNullString()))
                .expectBody("detail", not(emptyOrNullString()))
                .build();
    }

    /** A 400 validation problem whose {@code errors} name {@code field}. */
    public static ResponseSpecification invalid(String field) {
        return new ResponseSpecBuilder().addResponseSpecification(problem(400, "validation"))
                .expectBody("errors.field", hasItem(field))
                .build();
    }

    public static ResponseSpecification notFound() {
        return problem(404, "not-found");
    }

    public static ResponseSpecification conflict() {
        return problem(409, "conflict");
    }

    public static ResponseSpecification preconditionFailed() {
        return problem(412, "precondition-failed");
    }
}
