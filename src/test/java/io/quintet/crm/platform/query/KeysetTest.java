package io.quintet.crm.platform.query;

import static io.quintet.crm.platform.query.TestFields.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quintet.crm.platform.query.HqlCompiler.Keyset;
import io.quintet.crm.platform.query.TestFields.Stage;
import io.smallrye.mutiny.Uni;
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
import java.util.function.BiFunction;
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

    private static Keyset after(String sort, Object... values) {
        return new HqlCompiler().keysetAfter(SortSpec.parse(sort, CONTACTS), Arrays.asList(values));
    }

    @Test
    void oneKey() {
        assertEquals("e.id > :f0", after("id", ID).bounded().hql());
        assertEquals(Map.of("f0", ID), after("id", ID).bounded().params());
        assertNull(after("id", ID).nullTail());
        assertEquals("e.id < :f0", after("-id", ID).bounded().hql());
    }

    @Test
    void twoKeysAscendingBoundTheFirstKeyAndLeaveItsNullsToATail() {
        Keyset keyset = after("lastName", "Smith", ID);
        assertEquals("(e.lastName >= :f0 and (e.lastName > :f0 or (e.lastName = :f0 and e.id > :f1)))",
                keyset.bounded().hql());
        assertEquals(Map.of("f0", "Smith", "f1", ID), keyset.bounded().params());
        assertEquals("e.lastName is null", keyset.nullTail().hql());
        assertEquals(Map.of(), keyset.nullTail().params());
    }

    @Test
    void afterANullFirstKeyAscendingOneConditionPinsTheNulls() {
        Keyset keyset = after("lastName", null, ID);
        assertEquals("(e.lastName is null and e.id > :f0)", keyset.bounded().hql());
        assertNull(keyset.nullTail());
    }

    @Test
    void twoKeysDescendingBoundTheFirstKeyFromAbove() {
        Keyset keyset = after("-createdAt", Instant.EPOCH, ID);
        assertEquals("(e.createdAt <= :f0 and (e.createdAt < :f0 or (e.createdAt = :f0 and e.id > :f1)))",
                keyset.bounded().hql());
        assertNull(keyset.nullTail(), "descending, the nulls come first: behind any cursor with a value");
        assertEquals("(e.createdAt is not null or (e.createdAt is null and e.id > :f0))",
                after("-createdAt", null, ID).bounded().hql());
        assertNull(after("-createdAt", null, ID).nullTail());
    }

    @Test
    void threeKeys() {
        assertEquals("(e.createdAt <= :f0 and (e.createdAt < :f0 or (e.createdAt = :f0 and (e.lastName > :f1"
                + " or e.lastName is null or (e.lastName = :f1 and e.id > :f2)))))",
                after("-createdAt,lastName", Instant.EPOCH, "Smith", ID).bounded().hql());
        assertEquals("(e.createdAt is not null or (e.createdAt is null and (e.lastName is null and e.id < :f0)))",
                after("-createdAt,lastName,-id", null, null, ID).bounded().hql());
        Keyset nullable = after("lastName,-createdAt", "Smith", Instant.EPOCH, ID);
        assertEquals("(e.lastName >= :f0 and (e.lastName > :f0 or (e.lastName = :f0 and (e.createdAt < :f1"
                + " or (e.createdAt = :f1 and e.id > :f2)))))", nullable.bounded().hql());
        assertEquals("e.lastName is null", nullable.nullTail().hql());
    }

    @Test
    void nullsWhenTheLastKeyIsNotTheId() {
        assertEquals("(e.id >= :f0 and (e.id > :f0 or (e.id = :f0 and (e.lastName > :f1 or e.lastName is null))))",
                after("id,lastName", ID, "x").bounded().hql());
        assertNull(after("id,lastName", ID, "x").nullTail(), "the primary key is never null");
        assertEquals("(e.id >= :f0 and (e.id > :f0 or (e.id = :f0 and 1=0)))", after("id,lastName", ID, null).bounded().hql());
        assertEquals("(e.id >= :f0 and (e.id > :f0 or (e.id = :f0 and e.lastName is not null)))",
                after("id,-lastName", ID, null).bounded().hql());
    }

    @Test
    void joinsOfSortFieldsAreCollected() {
        Keyset joined = after("account.industry", "Retail", ID);
        assertEquals(Set.of(TestFields.ACCOUNT_JOIN), joined.bounded().joins());
        assertEquals(Set.of(TestFields.ACCOUNT_JOIN), joined.nullTail().joins());
        assertEquals(Set.of(), after("lastName", "x", ID).bounded().joins());
    }

    @Test
    void valueCountMustMatchTheKeys() {
        assertThrows(IllegalArgumentException.class, () -> after("lastName", "x"));
    }

    /**
     * Contacts sorted by lastName (then id): a, b, b, c, then three without a last name, ids 1 to 7 in
     * that order, so that pages of two or three cross from named rows into the null tail.
     */
    private static final List<Map<String, Object>> NAMED_THEN_NULLS = rowsWithLastNames("a", "b", "b", "c", null, null,
            null);

    @Test
    void aShortFirstStatementIsFilledFromTheNullTail() {
        PageRead page = readPage(NAMED_THEN_NULLS, "lastName", null, NAMED_THEN_NULLS.get(1), 3);

        assertEquals(ids(3, 4, 5), page.ids());
        assertTrue(page.hasMore());
        assertEquals(List.of(4, 2), page.statementLimits(), "b and c, then the two rows still missing");
    }

    @Test
    void aFirstStatementThatFillsThePageRunsAlone() {
        PageRead page = readPage(NAMED_THEN_NULLS, "lastName", null, NAMED_THEN_NULLS.get(0), 2);

        assertEquals(ids(2, 3), page.ids());
        assertTrue(page.hasMore());
        assertEquals(List.of(3), page.statementLimits());
    }

    @Test
    void aFirstStatementThatFillsThePageExactlyAsksTheNullTailWhetherThereIsMore() {
        PageRead page = readPage(NAMED_THEN_NULLS, "lastName", null, NAMED_THEN_NULLS.get(1), 2);

        assertEquals(ids(3, 4), page.ids());
        assertTrue(page.hasMore(), "the rows without a last name are still to come");
        assertEquals(List.of(3, 1), page.statementLimits());
    }

    @Test
    void anEmptyNullTailEndsTheList() {
        PageRead page = readPage(NAMED_THEN_NULLS, "lastName", "lastName=isnull=false", NAMED_THEN_NULLS.get(1), 3);

        assertEquals(ids(3, 4), page.ids());
        assertFalse(page.hasMore());
        assertEquals(List.of(4, 2), page.statementLimits(), "the filter applies to the null tail too");
    }

    @Test
    void aPageOfOnlyTheNullTailFollowsTheLastNamedRow() {
        PageRead page = readPage(NAMED_THEN_NULLS, "lastName", null, NAMED_THEN_NULLS.get(3), 2);

        assertEquals(ids(5, 6), page.ids());
        assertTrue(page.hasMore());
        assertEquals(List.of(3, 3), page.statementLimits());
    }

    @Test
    void walksFromNamedRowsIntoTheNullsTwoAtATime() {
        List<PageRead> pages = walk(NAMED_THEN_NULLS, "lastName", null, 2);

        assertEquals(List.of(ids(1, 2), ids(3, 4), ids(5, 6), ids(7)), pages.stream().map(PageRead::ids).toList());
        assertEquals(List.of(List.of(3), List.of(3, 1), List.of(3, 3), List.of(3)),
                pages.stream().map(PageRead::statementLimits).toList(),
                "a first page and a page after a null last name are one statement each");
    }

    @Test
    void walksADescendingSortWithTheNullsFirstInOneStatementPerPage() {
        List<PageRead> pages = walk(NAMED_THEN_NULLS, "-lastName", null, 2);

        assertEquals(List.of(ids(5, 6), ids(7, 4), ids(2, 3), ids(1)), pages.stream().map(PageRead::ids).toList());
        pages.forEach(page -> assertEquals(1, page.statementLimits().size(), "one statement per page"));
    }

    @Test
    void aDescendingBoundKeepsTheTiesOfTheLastRow() {
        PageRead page = readPage(NAMED_THEN_NULLS, "-lastName", null, NAMED_THEN_NULLS.get(1), 5);

        assertEquals(ids(3, 1), page.ids());
        assertFalse(page.hasMore());
    }

    @Test
    void walksNullsAndTiesOnASecondKey() {
        List<Map<String, Object>> rows = rowsWithLastNames("a", "a", null, "a", null, "b", null);
        String[] firstNames = {"x", null, "x", "y", null, null, "x"};
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).put("e.firstName", firstNames[i]);
        }

        List<Object> seen = new ArrayList<>();
        walk(rows, "lastName,firstName", null, 2).forEach(page -> seen.addAll(page.ids()));

        assertEquals(ids(1, 4, 2, 6, 3, 7, 5), seen);
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
                Keyset keyset = new HqlCompiler().keysetAfter(sort, sortValues(sort, last));
                Predicate<Map<String, Object>> bounded = HqlEvaluator.where(keyset.bounded());
                Predicate<Map<String, Object>> nullTail = keyset.nullTail() == null ? row -> false
                        : HqlEvaluator.where(keyset.nullTail());
                List<Map<String, Object>> tail = rows.stream().filter(nullTail).toList();
                for (Map<String, Object> other : rows) {
                    boolean inBounded = bounded.test(other);
                    assertEquals(order.compare(other, last) > 0, inBounded || tail.contains(other),
                            () -> sort + ": " + other + " vs last " + last);
                    if (inBounded) {
                        for (Map<String, Object> tailRow : tail) {
                            assertTrue(order.compare(other, tailRow) < 0,
                                    () -> sort + ": " + other + " of the first statement is not before " + tailRow
                                            + " of the null tail");
                        }
                    }
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
     * Pages through the rows as the service does and checks that every row comes exactly once, in the
     * order of the sort.
     */
    private static void assertPagesCoverAllInOrder(List<Map<String, Object>> rows, SortSpec sort, String filter,
            int pageSize) {
        Predicate<Map<String, Object>> filtered = HqlEvaluator.where(new HqlCompiler().compile(filterNode(filter)));
        List<Object> expected = rows.stream().filter(filtered).sorted(HqlEvaluator.ordering(sort.orderBy()))
                .map(r -> r.get("e.id")).collect(Collectors.toList());
        List<Object> seen = new ArrayList<>();
        walk(rows, sort.toString(), filter, pageSize).forEach(page -> seen.addAll(page.ids()));
        assertEquals(expected, seen, () -> "sort " + sort + ", filter " + filter + ", page size " + pageSize);
    }

    /** One page: its rows' ids, whether more follow, and the row limit of each statement read for it, in order. */
    private record PageRead(List<Object> ids, boolean hasMore, List<Integer> statementLimits, Map<String, Object> last) {
    }

    /** Every page of the list, following each page's cursor until one says there is no more. */
    private static List<PageRead> walk(List<Map<String, Object>> rows, String sort, String filter, int pageSize) {
        List<PageRead> pages = new ArrayList<>();
        PageRead page = readPage(rows, sort, filter, null, pageSize);
        pages.add(page);
        while (page.hasMore()) {
            if (pages.size() > rows.size()) {
                throw new AssertionError("Paging did not end: sort " + sort + ", filter " + filter);
            }
            page = readPage(rows, sort, filter, page.last(), pageSize);
            pages.add(page);
        }
        return pages;
    }

    /**
     * Reads a page as the service does: the filter and the keyset compiled by one compiler, the cursor
     * encoded from the previous page's last row ({@code null} on the first page), each statement
     * selecting the matching rows in the order of the order by clause, at most as many as it is given,
     * and {@link Keyset#read} deciding which statements run.
     */
    private static PageRead readPage(List<Map<String, Object>> rows, String sortText, String filter,
            Map<String, Object> lastRow, int pageSize) {
        SortSpec sort = SortSpec.parse(sortText, CONTACTS);
        Comparator<Map<String, Object>> order = HqlEvaluator.ordering(sort.orderBy());
        HqlCompiler compiler = new HqlCompiler();
        HqlFragment where = compiler.compile(filterNode(filter));
        List<Integer> statementLimits = new ArrayList<>();
        BiFunction<HqlFragment, Integer, Uni<List<Map<String, Object>>>> select = (condition, maxRows) -> {
            statementLimits.add(maxRows);
            Predicate<Map<String, Object>> matches = HqlEvaluator.where(condition == null ? where : where.and(condition));
            return Uni.createFrom().item(rows.stream().filter(matches).sorted(order).limit(maxRows).toList());
        };
        Uni<List<Map<String, Object>>> read = lastRow == null ? select.apply(null, pageSize + 1)
                : compiler.keysetAfter(sort, Cursor.decode(Cursor.encode(sort, sortValues(sort, lastRow), KEY), sort, KEY))
                        .read(select, pageSize + 1);
        List<Map<String, Object>> found = read.await().indefinitely();
        List<Map<String, Object>> page = found.subList(0, Math.min(pageSize, found.size()));
        return new PageRead(page.stream().map(r -> r.get("e.id")).toList(), found.size() > pageSize, statementLimits,
                page.isEmpty() ? null : page.get(page.size() - 1));
    }

    private static FilterNode filterNode(String filter) {
        return filter == null ? new FilterNode.And(List.of()) : RsqlFilter.parse(filter, CONTACTS);
    }

    private static List<Map<String, Object>> rowsWithLastNames(String... names) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            rows.add(row(id(i + 1), "e.lastName", names[i], "e.firstName", null));
        }
        return rows;
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static List<Object> ids(int... ns) {
        return Arrays.stream(ns).mapToObj(KeysetTest::id).collect(Collectors.toList());
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
