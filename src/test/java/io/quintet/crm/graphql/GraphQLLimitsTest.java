package io.quintet.crm.graphql;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQueryBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.SqlStatementCounter;

/** Oversized GraphQL operations are refused with a clear error before anything reaches the database. */
@QuarkusTest
class GraphQLLimitsTest {

    /** How many levels of {@code ofType} the introspection query of the bundled GraphiQL asks for. */
    private static final int GRAPHIQL_TYPE_REF_DEPTH = 9;

    @ConfigProperty(name = "smallrye.graphql.instrumentation.queryDepth")
    int maxDepth;

    @ConfigProperty(name = "smallrye.graphql.instrumentation.queryComplexity")
    int maxComplexity;

    @Test
    void refusesAQueryDeeperThanTheLimitBeforeTouchingTheDatabase() {
        String tooDeep = nested(maxDepth + 1);

        int statements = statementsFor(() -> GraphQL.asAdmin(tooDeep).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("depth"))
                .body("errors[0].message", containsString(String.valueOf(maxDepth))));

        assertEquals(0, statements, "nothing may reach the database");
    }

    @Test
    void acceptsAQueryAsDeepAsTheLimit() {
        GraphQL.asAdmin(nested(maxDepth)).statusCode(200).body("errors", nullValue());
    }

    @Test
    void refusesAQueryMoreComplexThanTheLimitBeforeTouchingTheDatabase() {
        String tooComplex = wide(maxComplexity + 1);

        int statements = statementsFor(() -> GraphQL.asAdmin(tooComplex).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("complexity"))
                .body("errors[0].message", containsString(String.valueOf(maxComplexity))));

        assertEquals(0, statements, "nothing may reach the database");
    }

    @Test
    void acceptsAQueryAsComplexAsTheLimit() {
        GraphQL.asAdmin(wide(maxComplexity)).statusCode(200).body("errors", nullValue());
    }

    @Test
    void graphiQLsIntrospectionQueryIsWithinTheLimits() {
        String introspection = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
                .typeRefFragmentDepth(GRAPHIQL_TYPE_REF_DEPTH));

        GraphQL.asAdmin(introspection).statusCode(200)
                .body("errors", nullValue())
                .body("data.__schema.types", not(empty()));
    }

    /** SQL statements run while {@code request} is answered; the caller is known beforehand. */
    private static int statementsFor(Runnable request) {
        GraphQL.asAdmin("{ __typename }").statusCode(200);
        try (SqlStatementCounter counter = SqlStatementCounter.start()) {
            request.run();
            return counter.dataStatements();
        }
    }

    /** A query {@code depth} fields deep: accounts, edges, node, then contacts and account in turn. */
    private static String nested(int depth) {
        List<String> fields = new ArrayList<>(List.of("accounts(first: 1)", "edges", "node"));
        while (fields.size() < depth - 1) {
            fields.add(fields.get(fields.size() - 1).equals("contacts") ? "account" : "contacts");
        }
        String leaf = fields.get(fields.size() - 1).equals("contacts") ? "email" : "name";
        StringBuilder query = new StringBuilder("{ ");
        fields.forEach(field -> query.append(field).append(" { "));
        query.append(leaf);
        fields.forEach(field -> query.append(" }"));
        return query.append(" }").toString();
    }

    /** A shallow query of {@code complexity} fields: accounts, edges, node and aliases of the name. */
    private static String wide(int complexity) {
        StringBuilder query = new StringBuilder("{ accounts(first: 1) { edges { node {");
        for (int i = 0; i < complexity - 3; i++) {
            query.append(" n").append(i).append(": name");
        }
        return query.append(" } } } }").toString();
    }
}
