package io.quintet.crm.platform.query;

import static io.quintet.crm.platform.query.TestFields.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quintet.crm.platform.query.FilterNode.And;
import io.quintet.crm.platform.query.FilterNode.Comparison;
import io.quintet.crm.platform.query.FilterNode.Or;
import io.quintet.crm.platform.query.TestFields.Stage;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RsqlFilterTest {

    private static FilterNode parse(String rsql) {
        return RsqlFilter.parse(rsql, CONTACTS);
    }

    private static Comparison cmp(String field, Operator op, Object... values) {
        return new Comparison(CONTACTS.get(field), op, List.of(values));
    }

    private static QueryException error(String rsql) {
        QueryException e = assertThrows(QueryException.class, () -> parse(rsql));
        assertEquals("filter", e.parameter());
        return e;
    }

    @Test
    void singleComparison() {
        assertEquals(cmp("lastName", Operator.EQ, "Smith"), parse("lastName==Smith"));
    }

    @Test
    void everyOperatorSpelling() {
        assertEquals(cmp("employees", Operator.NE, 5L), parse("employees!=5"));
        assertEquals(cmp("employees", Operator.GT, 5L), parse("employees=gt=5"));
        assertEquals(cmp("employees", Operator.GT, 5L), parse("employees>5"));
        assertEquals(cmp("employees", Operator.GE, 5L), parse("employees=ge=5"));
        assertEquals(cmp("employees", Operator.GE, 5L), parse("employees>=5"));
        assertEquals(cmp("employees", Operator.LT, 5L), parse("employees=lt=5"));
        assertEquals(cmp("employees", Operator.LT, 5L), parse("employees<5"));
        assertEquals(cmp("employees", Operator.LE, 5L), parse("employees=le=5"));
        assertEquals(cmp("employees", Operator.LE, 5L), parse("employees<=5"));
        assertEquals(cmp("stage", Operator.IN, Stage.LEAD, Stage.PROSPECT), parse("stage=in=(lead,prospect)"));
        assertEquals(cmp("stage", Operator.OUT, Stage.CHURNED), parse("stage=out=churned"));
        assertEquals(cmp("email", Operator.IS_NULL, true), parse("email=isnull=true"));
        assertEquals(cmp("email", Operator.IS_NULL, false), parse("email=isnull=false"));
    }

    @Test
    void designExampleFromTheApiConventions() {
        assertEquals(new And(List.of(cmp("lastName", Operator.EQ, "Sm*"),
                cmp("createdAt", Operator.GE, Instant.parse("2026-01-01T00:00:00Z")))),
                parse("lastName==Sm*;createdAt=ge=2026-01-01"));
    }

    @Test
    void andOrAndParenthesesNest() {
        FilterNode parsed = parse("(lastName==Smith,lastName==Jones);employees=gt=10");
        assertEquals(new And(List.of(
                new Or(List.of(cmp("lastName", Operator.EQ, "Smith"), cmp("lastName", Operator.EQ, "Jones"))),
                cmp("employees", Operator.GT, 10L))), parsed);
    }

    @Test
    void andBindsTighterThanOr() {
        assertEquals(new Or(List.of(cmp("firstName", Operator.EQ, "a"),
                new And(List.of(cmp("lastName", Operator.EQ, "b"), cmp("email", Operator.EQ, "c"))))),
                parse("firstName==a,lastName==b;email==c"));
    }

    @Test
    void wordOperatorsAndSpacesAreAccepted() {
        assertEquals(parse("lastName==a;employees>5"), parse("lastName==a and employees>5"));
        assertEquals(parse("lastName==a,employees>5"), parse("lastName==a or employees > 5"));
    }

    @Test
    void quotedValuesKeepReservedCharacters() {
        assertEquals(cmp("account.name", Operator.EQ, "Smith & Sons; (UK), Ltd"),
                parse("account.name=='Smith & Sons; (UK), Ltd'"));
        assertEquals(cmp("lastName", Operator.EQ, "O'Brien"), parse("lastName==\"O'Brien\""));
        assertEquals(cmp("lastName", Operator.EQ, "O'Brien"), parse("lastName=='O\\'Brien'"));
    }

    @Test
    void injectionTextIsEitherRejectedOrABoundValue() {
        error("'; drop table x;--");
        error("1 or 1=1");
        error("lastName==x' or '1'='1");
        error("lastName==x;drop table contacts");
        FilterNode quoted = parse("lastName=='; drop table x;--'");
        assertEquals(cmp("lastName", Operator.EQ, "; drop table x;--"), quoted);
        HqlFragment hql = new HqlCompiler().compile(quoted);
        assertEquals("e.lastName = :f0", hql.hql());
        assertEquals("; drop table x;--", hql.params().get("f0"));
        assertEquals("'1 or 1=1' is not a valid number for field 'employees'; use a whole number such as 42",
                error("employees=='1 or 1=1'").getMessage());
    }

    @Test
    void syntaxErrorsGivePositionAndHint() {
        QueryException e = error("lastName==a)");
        assertNull(e.field());
        assertTrue(e.getMessage().startsWith("Invalid filter syntax at position 12 near ')'; write comparisons such as"
                + " lastName==Smith"), e.getMessage());
        assertTrue(error("lastName==a b").getMessage().startsWith("Invalid filter syntax at position 13 near 'b';"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lastName==", "lastName==a;", "(lastName==a", "lastName=='abc", "lastName", "("})
    void truncatedFiltersSaySo(String rsql) {
        assertTrue(error(rsql).getMessage().startsWith("Invalid filter syntax: the filter ends too early"),
                () -> error(rsql).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"==a", "lastName==a;;b==c", ";", "lastName=!a", "a b"})
    void malformedFiltersAreSyntaxErrors(String rsql) {
        String message = error(rsql).getMessage();
        assertTrue(message.startsWith("Invalid filter syntax"), message);
        assertTrue(!message.contains("Exception") && !message.contains("<"), message);
    }

    @Test
    void unknownOperatorListsTheSupportedOnes() {
        assertEquals("Unknown operator '=like=' in filter; supported operators: ==, !=, =gt= or >, =ge= or >=,"
                + " =lt= or <, =le= or <=, =in=, =out=, =isnull=", error("lastName=like=x").getMessage());
    }

    @Test
    void comparisonErrorsComeThrough() {
        QueryException e = error("lastName==a;doNotContact=gt=true");
        assertEquals("doNotContact", e.field());
        assertEquals("Operator '=gt=' is not allowed on boolean field 'doNotContact'; use ==, !=, =in=, =out= or =isnull=",
                e.getMessage());
        assertEquals("foo", error("foo==1").field());
        assertEquals("Operator '==' on field 'lastName' takes exactly one value, got 2; use =in= for a list",
                error("lastName==(a,b)").getMessage());
    }

    @Test
    void emptyFilterIsAnError() {
        assertTrue(error("").getMessage().startsWith("The filter is empty"));
        assertTrue(error("  ").getMessage().startsWith("The filter is empty"));
        assertTrue(error(null).getMessage().startsWith("The filter is empty"));
    }

    @Test
    void lengthIsLimited() {
        String atLimit = "lastName==" + "a".repeat(RsqlFilter.MAX_LENGTH - 10);
        assertInstanceOf(Comparison.class, parse(atLimit));
        assertEquals("The filter is 2001 characters long; the maximum is 2000", error(atLimit + "a").getMessage());
    }

    @Test
    void comparisonCountIsLimited() {
        String fifty = IntStream.range(0, RsqlFilter.MAX_COMPARISONS).mapToObj(i -> "employees==" + i)
                .collect(Collectors.joining(";"));
        assertEquals(RsqlFilter.MAX_COMPARISONS, ((And) parse(fifty)).children().size());
        assertEquals("The filter has more than 50 comparisons; simplify it, e.g. with =in= lists",
                error(fifty + ";employees==50").getMessage());
    }

    @Test
    void nestingIsLimited() {
        assertInstanceOf(And.class, parse(nested(RsqlFilter.MAX_DEPTH)));
        assertEquals("The filter nests groups more than 10 levels deep; flatten it",
                error(nested(RsqlFilter.MAX_DEPTH + 1)).getMessage());
        // Redundant parentheses create no groups, so they do not count.
        assertInstanceOf(Comparison.class, parse("((((((((((((lastName==a))))))))))))"));
    }

    /** A filter with {@code depth} alternately nested or/and groups. */
    private static String nested(int depth) {
        String filter = "lastName==x";
        for (int i = 0; i < depth; i++) {
            filter = "lastName==" + i + (i % 2 == 0 ? "," : ";") + "(" + filter + ")";
        }
        return filter;
    }

    @Test
    void deepRedundantParenthesesStillParse() {
        String deep = "(".repeat(900) + "lastName==a" + ")".repeat(900);
        assertInstanceOf(Comparison.class, parse(deep));
    }
}
