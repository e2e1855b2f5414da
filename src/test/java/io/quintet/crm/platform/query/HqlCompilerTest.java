package io.quintet.crm.platform.query;

import static io.quintet.crm.platform.query.TestFields.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quintet.crm.platform.query.FilterNode.And;
import io.quintet.crm.platform.query.FilterNode.Comparison;
import io.quintet.crm.platform.query.FilterNode.Not;
import io.quintet.crm.platform.query.FilterNode.Or;
import io.quintet.crm.platform.query.TestFields.Stage;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HqlCompilerTest {

    private static HqlFragment compile(String rsql) {
        return new HqlCompiler().compile(RsqlFilter.parse(rsql, CONTACTS));
    }

    private static Map<String, Object> row(Object... pathsAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (String path : List.of("e.id", "e.firstName", "e.lastName", "e.email", "e.stage", "e.ownerId", "e.amount",
                "e.employees", "e.doNotContact", "e.createdAt", "e.birthday", "a.industry", "a.name")) {
            row.put(path, null);
        }
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            row.put((String) pathsAndValues[i], pathsAndValues[i + 1]);
        }
        return row;
    }

    private static boolean matches(String rsql, Map<String, Object> row) {
        return HqlEvaluator.matches(compile(rsql), row);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "lastName==Smith           | e.lastName = :f0",
        "lastName!=Smith           | e.lastName <> :f0",
        "employees=gt=5            | e.employees > :f0",
        "employees=ge=5            | e.employees >= :f0",
        "employees=lt=5            | e.employees < :f0",
        "employees=le=5            | e.employees <= :f0",
        "stage=in=(lead,prospect)  | e.stage in (:f0)",
        "stage=out=(lead)          | e.stage not in (:f0)",
        "email=isnull=true         | e.email is null",
        "email=isnull=false        | e.email is not null",
        "email==Ann@Example.com    | lower(e.email) = lower(:f0)",
        "email!=Ann@Example.com    | lower(e.email) <> lower(:f0)",
        "email=gt=m                | lower(e.email) > lower(:f0)",
        "email=in=(A@x.io,b@x.io)  | lower(e.email) in (:f0)",
        "lastName==Sm*             | lower(e.lastName) like lower(:f0) escape '!'",
        "lastName!=*son            | lower(e.lastName) not like lower(:f0) escape '!'",
        "email==*@EXAMPLE.com      | lower(e.email) like lower(:f0) escape '!'",
        "lastName=in=(Sm*)         | e.lastName in (:f0)",
        "lastName=gt=S*            | e.lastName > :f0",
        "doNotContact==true        | e.doNotContact = :f0",
    })
    void compilesEachOperator(String rsql, String hql) {
        assertEquals(hql, compile(rsql).hql());
    }

    @Test
    void bindsTypedValues() {
        assertEquals(Map.of("f0", 5L), compile("employees=gt=5").params());
        assertEquals(Map.of("f0", List.of(Stage.LEAD, Stage.PROSPECT)), compile("stage=in=(lead,prospect)").params());
        assertEquals(Map.of("f0", List.of("a@x.io", "b@x.io")), compile("email=in=(A@x.io,b@X.IO)").params());
        assertEquals(Map.of("f0", "Ann@Example.com"), compile("email==Ann@Example.com").params());
        assertEquals(Map.of(), compile("email=isnull=true").params());
        assertEquals(Map.of("f0", true), compile("doNotContact==true").params());
    }

    @Test
    void wildcardEscapesLikeMetacharacters() {
        assertEquals("Sm%", compile("lastName==Sm*").params().get("f0"));
        assertEquals("%!%off%", compile("lastName=='*%off*'").params().get("f0"));
        assertEquals("a!_b%", compile("lastName==a_b*").params().get("f0"));
        assertEquals("%!!%", compile("lastName=='*!*'").params().get("f0"));
        assertEquals("%\\%", compile("lastName=='*\\\\*'").params().get("f0"));
        assertEquals("%%", compile("lastName==**").params().get("f0"));
    }

    @Test
    void wildcardMatchesCaseInsensitivelyAndMetacharactersLiterally() {
        assertTrue(matches("lastName==sm*", row("e.lastName", "Smith")));
        assertTrue(matches("lastName==*ITH", row("e.lastName", "Smith")));
        assertFalse(matches("lastName==sm*", row("e.lastName", "Asmith")));
        assertTrue(matches("lastName=='*50%*'", row("e.lastName", "save 50% now")));
        assertFalse(matches("lastName=='*50%*'", row("e.lastName", "save 500 now")));
        assertTrue(matches("lastName==a_b*", row("e.lastName", "a_bc")));
        assertFalse(matches("lastName==a_b*", row("e.lastName", "axbc")));
        assertTrue(matches("lastName=='*!*'", row("e.lastName", "hey!")));
        assertTrue(matches("lastName=='*\\\\*'", row("e.lastName", "C:\\dir")));
        assertTrue(matches("lastName!=sm*", row("e.lastName", "Jones")));
        assertFalse(matches("lastName!=sm*", row("e.lastName", "SMITH")));
    }

    @Test
    void exactMatchIsCaseSensitiveUnlessTheFieldSaysOtherwise() {
        assertTrue(matches("lastName==Smith", row("e.lastName", "Smith")));
        assertFalse(matches("lastName==smith", row("e.lastName", "Smith")));
        assertTrue(matches("email==ANN@example.com", row("e.email", "ann@Example.COM")));
        assertTrue(matches("email=in=(x@y.z,ANN@example.com)", row("e.email", "ann@Example.COM")));
        assertFalse(matches("email=out=(x@y.z,ANN@example.com)", row("e.email", "ann@Example.COM")));
    }

    @Test
    void nullsMatchNothingButIsNull() {
        Map<String, Object> noEmail = row("e.email", null);
        assertFalse(matches("email==a@b.c", noEmail));
        assertFalse(matches("email!=a@b.c", noEmail));
        assertFalse(matches("email==*", noEmail));
        assertFalse(matches("email=out=(a@b.c)", noEmail));
        assertFalse(matches("email=gt=a", noEmail));
        assertTrue(matches("email=isnull=true", noEmail));
        assertFalse(matches("email=isnull=false", noEmail));
        assertTrue(matches("email!=a@b.c", row("e.email", "x@y.z")));
    }

    @Test
    void orderingComparisonsFollowTheValues() {
        Map<String, Object> row = row("e.employees", 10L, "e.amount", new BigDecimal("10.50"));
        assertTrue(matches("employees=gt=9", row));
        assertFalse(matches("employees=gt=10", row));
        assertTrue(matches("employees=ge=10", row));
        assertTrue(matches("employees=le=10", row));
        assertFalse(matches("employees=lt=10", row));
        assertTrue(matches("amount=gt=10.4", row));
        assertTrue(matches("amount==10.5", row));
        assertTrue(matches("employees=in=(1,10)", row));
        assertTrue(matches("employees=out=(1,2)", row));
    }

    @Test
    void andOrNotCompileWithParentheses() {
        HqlFragment hql = compile("(lastName==Smith,lastName==Jones);employees=gt=10");
        assertEquals("((e.lastName = :f0 or e.lastName = :f1) and e.employees > :f2)", hql.hql());
        assertEquals(List.of("f0", "f1", "f2"), List.copyOf(hql.params().keySet()));
        FilterNode not = new Not(new Or(List.of(
                Comparison.of(CONTACTS, "stage", Operator.EQ, List.of("lead")),
                Comparison.of(CONTACTS, "email", Operator.IS_NULL, List.of("true")))));
        assertEquals("not ((e.stage = :f0 or e.email is null))", new HqlCompiler().compile(not).hql());
    }

    @Test
    void notFollowsSqlThreeValuedLogic() {
        FilterNode notSmith = new Not(Comparison.of(CONTACTS, "lastName", Operator.EQ, List.of("Smith")));
        HqlFragment hql = new HqlCompiler().compile(notSmith);
        assertTrue(HqlEvaluator.matches(hql, row("e.lastName", "Jones")));
        assertFalse(HqlEvaluator.matches(hql, row("e.lastName", "Smith")));
        assertFalse(HqlEvaluator.matches(hql, row("e.lastName", null)));
        assertNull(HqlEvaluator.evaluate(hql, row("e.lastName", null)));
    }

    @Test
    void emptyJunctionsAreTrueAndFalse() {
        assertEquals("1=1", new HqlCompiler().compile(new And(List.of())).hql());
        assertEquals("1=0", new HqlCompiler().compile(new Or(List.of())).hql());
        assertTrue(HqlEvaluator.matches(new HqlCompiler().compile(new And(List.of())), row()));
        assertFalse(HqlEvaluator.matches(new HqlCompiler().compile(new Or(List.of())), row()));
        FilterNode single = new And(List.of(Comparison.of(CONTACTS, "lastName", Operator.EQ, List.of("x"))));
        assertEquals("e.lastName = :f0", new HqlCompiler().compile(single).hql());
    }

    @Test
    void collectsJoinsOfUsedFieldsOnce() {
        HqlFragment hql = compile("account.industry==Retail;account.name==Acme*;lastName==x");
        assertEquals(Set.of(TestFields.ACCOUNT_JOIN), hql.joins());
        assertEquals("(a.industry = :f0 and lower(a.name) like lower(:f1) escape '!' and e.lastName = :f2)", hql.hql());
        assertEquals(Set.of(), compile("lastName==x").joins());
    }

    @Test
    void oneCompilerNumbersParametersAcrossFragments() {
        HqlCompiler compiler = new HqlCompiler();
        HqlFragment first = compiler.compile(RsqlFilter.parse("lastName==a;employees>1", CONTACTS));
        HqlFragment second = compiler.compile(RsqlFilter.parse("account.industry==b", CONTACTS));
        assertEquals("a.industry = :f2", second.hql());
        assertEquals(Map.of("f2", "b"), second.params());
        assertEquals(Set.of(TestFields.ACCOUNT_JOIN), second.joins());
        assertEquals(Set.of(), first.joins());
        HqlFragment both = first.and(second);
        assertEquals("((e.lastName = :f0 and e.employees > :f1)) and (a.industry = :f2)", both.hql());
        assertEquals(List.of("f0", "f1", "f2"), List.copyOf(both.params().keySet()));
        assertEquals(Set.of(TestFields.ACCOUNT_JOIN), both.joins());
    }

    @Test
    void combiningFragmentsOfTwoCompilersIsRefused() {
        HqlFragment a = compile("lastName==a");
        HqlFragment b = compile("lastName==b");
        assertThrows(IllegalArgumentException.class, () -> a.and(b));
    }

    @Test
    void uuidAndEnumComparisons() {
        UUID owner = UUID.randomUUID();
        Map<String, Object> row = row("e.ownerId", owner, "e.stage", Stage.CUSTOMER);
        assertTrue(matches("ownerId==" + owner, row));
        assertFalse(matches("ownerId!=" + owner, row));
        assertTrue(matches("stage==customer", row));
        assertTrue(matches("stage=out=(lead,churned)", row));
    }

    @Test
    void fragmentIsImmutable() {
        HqlFragment hql = compile("lastName==a;account.name==b");
        assertThrows(UnsupportedOperationException.class, () -> hql.params().put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> hql.joins().add("x"));
    }
}
