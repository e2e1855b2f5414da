package io.quintet.crm.platform.query;

import static io.quintet.crm.platform.query.TestFields.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quintet.crm.platform.query.TestFields.Stage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keyset paging: the predicate text for one to three keys, and its meaning checked on in-memory rows
 * full of nulls and duplicates against the order that {@link SortSpec#orderBy()} defines.
 */
class KeysetTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000007");
    private static final List<String> SORTABLE = CONTACTS.all().stream()
            .filter(QueryField::sortable).map(QueryField::name).filter(name -> !name.equals("id"))
            .collect(Collectors.toList());
    private static final List<String> FILTERS = List.of("lastName==s*", "employees=gt=2,employees=isnull=true",
            "stage=out=(lead);doNotContact!=true", "account.industry=in=(Retail,Tech)", "email==*@A.COM");

    private static HqlFragment after(String sort, Object... values) {
        return new HqlCompiler().keysetAfter(SortSpec.parse(sort, CONTACTS), Arrays.asList(values));
    }

    @Test
    void oneKey() {
        assertEquals("e.id > :f0", after("id", ID).hql());
        assertEquals(Map.of("f0", ID), after("id", ID).params());
        assertEquals("e.id < :f0", after("-id", ID).hql());
    }

    @Test
    void twoKeysAscending() {
        HqlFragment hql = after("lastName", "Smith", ID);
        assertEquals("(e.lastName > :f0 or e.lastName is null or (e.lastName = :f0 and e.id > :f1))", hql.hql());
        assertEquals(Map.of("f0", "Smith", "f1", ID), hql.params());
        assertEquals("(e.lastName is null and e.id > :f0)", after("lastName", null, ID).hql());
    }

    @Test
    void twoKeysDescending() {
        assertEquals("(e.createdAt < :f0 or (e.createdAt = :f0 and e.id > :f1))",
                after("-createdAt", Instant.EPOCH, ID).hql());
        assertEquals("(e.createdAt is not null or (e.createdAt is null and e.id > :f0))",
                after("-createdAt", null, ID).hql());
    }

    @Test
    void threeKeys() {
        assertEquals("(e.createdAt < :f0 or (e.createdAt = :f0 and (e.lastName > :f1 or e.lastName is null"
                + " or (e.lastName = :f1 and e.id > :f2))))", after("-createdAt,lastName", Instant.EPOCH, "Smith", ID).hql());
        assertEquals("(e.createdAt is not null or (e.createdAt is null and (e.lastName is null and e.id < :f0)))",
                after("-createdAt,lastName,-id", null, null, ID).hql());
    }

    @Test
    void nullsWhenTheLastKeyIsNotTheId() {
        assertEquals("(e.id > :f0 or (e.id = :f0 and (e.lastName > :f1 or e.lastName is null)))",
                after("id,lastName", ID, "x").hql());
        assertEquals("(e.id > :f0 or (e.id = :f0 and 1=0))", after("id,lastName", ID, null).hql());
        assertEquals("(e.id > :f0 or (e.id = :f0 and e.lastName is not null))", after("id,-lastName", ID, null).hql());
    }

    @Test
    void joinsOfSortFieldsAreCollected() {
        assertEquals(Set.of(TestFields.ACCOUNT_JOIN), after("account.industry", "Retail", ID).joins());
        assertEquals(Set.of(), after("lastName", "x", ID).joins());
    }

    @Test
    void valueCountMustMatchTheKeys() {
        assertThrows(IllegalArgumentException.class, () -> after("lastName", "x"));
    }

    @Test
    void stepsThroughEveryRowOnceWithPageSizeOne() {
        List<Map<String, Object>> rows = new ArrayList<>();
        String[] names = {"b", null, "a", "b", null, "c", "a"};
        Instant[] times = {Instant.EPOCH, null, null, Instant.EPOCH, Instant.EPOCH, null, Instant.MAX};
        for (int i = 0; i < names.length; i++) {
            rows.add(row(UUID.fromString("00000000-0000-0000-0000-00000000000" + i), "e.lastName", names[i],
                    "e.createdAt", times[i]));
        }
        for (String sort : List.of("lastName", "-lastName", "lastName,-createdAt", "-createdAt,-lastName", "-createdAt,lastName,-id")) {
            assertPagesCoverAllInOrder(rows, SortSpec.parse(sort, CONTACTS), null, 1);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void strictlyAfterMeansLaterInTheOrderForEveryPairOfRows(long seed) {
        Random random = new Random(seed);
        List<Map<String, Object>> rows = randomRows(random, 40);
        for (int round = 0; round < 15; round++) {
            SortSpec sort = randomSort(random);
            Comparator<Map<String, Object>> order = HqlEvaluator.ordering(sort.orderBy());
            for (Map<String, Object> last : rows) {
                Predicate<Map<String, Object>> isAfter =
                        HqlEvaluator.where(new HqlCompiler().keysetAfter(sort, sortValues(sort, last)));
                for (Map<String, Object> other : rows) {
                    assertEquals(order.compare(other, last) > 0, isAfter.test(other),
                            () -> sort + ": " + other + " vs last " + last);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomSortsFiltersAndPageSizesYieldEveryRowOnceInOrder(long seed) {
        Random random = new Random(seed);
        List<Map<String, Object>> rows = randomRows(random, 80);
        for (int round = 0; round < 20; round++) {
            SortSpec sort = randomSort(random);
            String filter = random.nextBoolean() ? FILTERS.get(random.nextInt(FILTERS.size())) : null;
            assertPagesCoverAllInOrder(rows, sort, filter, 1 + random.nextInt(12));
        }
    }

    /**
     * Pages through the rows as the service will: filter and keyset compiled by one compiler into one
     * where clause, rows sorted by the order by clause, the cursor encoded from each page's last row.
     */
    private static void assertPagesCoverAllInOrder(List<Map<String, Object>> rows, SortSpec sort, String filter,
            int pageSize) {
        Comparator<Map<String, Object>> order = HqlEvaluator.ordering(sort.orderBy());
        FilterNode filterNode = filter == null ? new FilterNode.And(List.of()) : RsqlFilter.parse(filter, CONTACTS);
        Predicate<Map<String, Object>> filtered = HqlEvaluator.where(new HqlCompiler().compile(filterNode));
        List<Object> expected = rows.stream().filter(filtered).sorted(order).map(r -> r.get("e.id"))
                .collect(Collectors.toList());

        List<Object> seen = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages <= rows.size() + 1; pages++) {
            HqlCompiler compiler = new HqlCompiler();
            HqlFragment where = compiler.compile(filterNode);
            if (cursor != null) {
                where = where.and(compiler.keysetAfter(sort, Cursor.decode(cursor, sort, KEY)));
            }
            List<Map<String, Object>> page = rows.stream().filter(HqlEvaluator.where(where)).sorted(order)
                    .limit(pageSize + 1L).collect(Collectors.toList());
            boolean hasMore = page.size() > pageSize;
            page = page.subList(0, Math.min(pageSize, page.size()));
            page.forEach(r -> seen.add(r.get("e.id")));
            if (!hasMore) {
                assertEquals(expected, seen, () -> "sort " + sort + ", filter " + filter + ", page size " + pageSize);
                return;
            }
            cursor = Cursor.encode(sort, sortValues(sort, page.get(page.size() - 1)), KEY);
        }
        throw new AssertionError("Paging did not end: sort " + sort + ", filter " + filter);
    }

    private static List<Object> sortValues(SortSpec sort, Map<String, Object> row) {
        return sort.keys().stream().map(key -> row.get(key.field().expression())).collect(Collectors.toList());
    }

    private static SortSpec randomSort(Random random) {
        List<String> names = new ArrayList<>(SORTABLE);
        Collections.shuffle(names, random);
        List<String> items = new ArrayList<>();
        for (String name : names.subList(0, 1 + random.nextInt(3))) {
            items.add((random.nextBoolean() ? "-" : "") + name);
        }
        if (random.nextInt(5) == 0) {
            items.add(random.nextInt(items.size() + 1), random.nextBoolean() ? "-id" : "id");
        }
        return SortSpec.parse(String.join(",", items), CONTACTS);
    }

    /** Rows drawn from few distinct values per column, a third of them null, so ties and nulls abound. */
    private static List<Map<String, Object>> randomRows(Random random, int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(new UUID(random.nextLong(), random.nextLong()),
                    "e.firstName", pick(random, "Ann", "Bob", "ann"),
                    "e.lastName", pick(random, "smith", "Smith", "Jones", "s%"),
                    "e.email", pick(random, "x@a.com", "Y@A.COM", "z@b.org"),
                    "e.stage", pick(random, (Object[]) Stage.values()),
                    "e.ownerId", pick(random, new UUID(1, 2)),
                    "e.amount", pick(random, new BigDecimal("1.0"), new BigDecimal("1.00"), new BigDecimal("-2.5"),
                            new BigDecimal("1E+3")),
                    "e.employees", pick(random, 1L, 2L, 3L, 1000L),
                    "e.doNotContact", pick(random, true, false),
                    "e.createdAt", pick(random, Instant.parse("2026-01-01T00:00:00Z"),
                            Instant.parse("2026-01-01T00:00:00.000001Z"), Instant.parse("2025-06-30T12:00:00Z")),
                    "e.birthday", pick(random, LocalDate.of(1990, 1, 1), LocalDate.of(2000, 12, 31)),
                    "a.industry", pick(random, "Retail", "Tech", "Farming"),
                    "a.name", pick(random, "Acme", "Initech")));
        }
        return rows;
    }

    private static Object pick(Random random, Object... values) {
        return random.nextInt(3) == 0 ? null : values[random.nextInt(values.length)];
    }

    private static Map<String, Object> row(UUID id, Object... pathsAndValues) {
        Map<String, Object> row = new HashMap<>();
        row.put("e.id", id);
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            row.put((String) pathsAndValues[i], pathsAndValues[i + 1]);
        }
        return row;
    }
}
