package io.quintet.crm.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.lead.LeadSource;
import io.quintet.crm.opportunity.DefaultPipeline;
import io.quintet.crm.opportunity.StageKind;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.FieldPolicy;
import io.quintet.crm.platform.security.Permissions;
import io.quintet.crm.platform.sharing.Sharing;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The sales reports, each computed by PostgreSQL in one statement (plus the look-ups of the pipeline and team it
 * names) over the records the caller may read: the caller needs {@code read} on opportunities (on leads for the lead
 * report), and a rep's report counts only what the rep's sharing rules let them read.
 */
@ApplicationScoped
public class SalesReports {

    private static final String OPPORTUNITY = "opportunity";
    private static final String LEAD = "lead";
    private static final String OPPORTUNITIES = ReportScope.where("o")
            + " and ($6::uuid is null or o.pipeline_id = $6::uuid)";
    private static final String FROM = "$7::date::timestamp at time zone 'UTC'";
    private static final String TO = "$8::date::timestamp at time zone 'UTC'";

    private static final String PIPELINE = """
            select id, name from pipeline
            where tenant_id = $1 and (($2::uuid is null and is_default) or id = $2::uuid)""";

    // The team, then every team managed by one of its members, down the tree; a cycle ends where it repeats.
    private static final String TEAM_PEOPLE = """
            with recursive tree (id) as (
                select id from team where tenant_id = $1 and id = $2
                union
                select sub.id from tree
                join team parent on parent.tenant_id = $1 and parent.id = tree.id
                join team sub on sub.tenant_id = $1 and sub.manager_id = any(parent.member_ids))
            select t.manager_id, t.member_ids from team t where t.tenant_id = $1 and t.id in (select id from tree)""";

    private static final String PIPELINE_BY_STAGE = """
            with stage as (
                select (s.value ->> 'id')::uuid as id, s.value ->> 'name' as name, s.value ->> 'kind' as kind,
                       (s.value ->> 'probability')::int as probability, s.position
                from pipeline p cross join json_array_elements(p.stages::json) with ordinality as s (value, position)
                where p.tenant_id = $1 and p.id = $6::uuid),
            deal as (
                select o.stage_id, o.amount, o.amount_currency, o.probability from opportunity o
                where %s),
            stage_count as (select stage_id, count(*) as deals from deal group by stage_id),
            currency_total as (
                select stage_id, amount_currency, count(*) as deals, sum(amount) as amount,
                       round(sum(amount * probability) / 100, 2) as weighted
                from deal where amount is not null group by stage_id, amount_currency)
            select s.id, s.name, s.kind, s.probability, coalesce(c.deals, 0) as deals,
                   t.amount_currency, t.deals as currency_deals, t.amount, t.weighted
            from stage s
            left join stage_count c on c.stage_id = s.id
            left join currency_total t on t.stage_id = s.id
            order by s.position, t.amount_currency""".formatted(OPPORTUNITIES);

    // An open deal counts on its closeDate, a won one on the UTC day of its closedAt.
    private static final String FORECAST = """
            with bucket as (
                select b::date as starts, (b + make_interval(months => $10::int))::date as ends
                from generate_series(date_trunc($9::text, $7::date::timestamp), $8::date::timestamp - interval '1 day',
                                     make_interval(months => $10::int)) as b),
            deal as (
                select case when o.status = 'OPEN' then o.close_date else (o.closed_at at time zone 'UTC')::date end as day,
                       o.status, o.amount, o.amount_currency, o.probability, o.forecast_category
                from opportunity o
                where %s
                  and ((o.status = 'OPEN' and o.close_date >= $7::date and o.close_date < $8::date)
                    or (o.status = 'WON' and o.closed_at >= %s and o.closed_at < %s)))
            select b.starts, b.ends, d.status, d.amount_currency, count(d.status) as deals, sum(d.amount) as amount,
                   round(sum(d.amount * d.probability) / 100, 2) as weighted,
                   coalesce(sum(d.amount) filter (where d.forecast_category = 'PIPELINE'), 0.00) as pipeline,
                   coalesce(sum(d.amount) filter (where d.forecast_category = 'BEST_CASE'), 0.00) as best_case,
                   coalesce(sum(d.amount) filter (where d.forecast_category = 'COMMIT'), 0.00) as commit,
                   coalesce(sum(d.amount) filter (where d.forecast_category = 'CLOSED'), 0.00) as closed,
                   coalesce(sum(d.amount) filter (where d.forecast_category = 'OMITTED'), 0.00) as omitted
            from bucket b left join deal d on d.day >= b.starts and d.day < b.ends
            group by b.starts, b.ends, d.status, d.amount_currency
            order by b.starts, d.status, d.amount_currency""".formatted(OPPORTUNITIES, FROM, TO);

    private static final String WIN_RATE = """
            select count(*) filter (where o.status = 'WON') as won, count(*) filter (where o.status = 'LOST') as lost
            from opportunity o
            where %s and o.status in ('WON', 'LOST') and o.closed_at >= %s and o.closed_at < %s"""
            .formatted(OPPORTUNITIES, FROM, TO);

    // The grand total (grouping 1) carries the count and cycle of every won deal, those without an amount too.
    private static final String DEAL_SIZE = """
            select grouping(o.amount_currency) as overall, o.amount_currency, count(*) as deals,
                   sum(o.amount) as total, round(avg(o.amount), 2) as average,
                   round(avg(extract(epoch from o.closed_at - o.created_at))::numeric / 86400, 1) as cycle_days
            from opportunity o
            where %s and o.status = 'WON' and o.closed_at >= %s and o.closed_at < %s
            group by grouping sets ((o.amount_currency), ())
            order by overall desc, o.amount_currency""".formatted(OPPORTUNITIES, FROM, TO);

    private static final String LEAD_CONVERSION = """
            select l.source, count(*) as leads, count(*) filter (where l.status = 'CONVERTED') as converted
            from lead l
            where %s
              and l.created_at >= $6::date::timestamp at time zone 'UTC'
              and l.created_at < $7::date::timestamp at time zone 'UTC'
            group by l.source""".formatted(ReportScope.where("l"));

    private final Pool pool;
    private final Sharing sharing;
    private final Mutiny.SessionFactory sessions;
    private final DefaultPipeline defaultPipeline;

    SalesReports(Pool pool, Sharing sharing, Mutiny.SessionFactory sessions, DefaultPipeline defaultPipeline) {
        this.pool = pool;
        this.sharing = sharing;
        this.sessions = sessions;
        this.defaultPipeline = defaultPipeline;
    }

    /** Every stage of the pipeline (the default one when none is named), in order, with the opportunities in it. */
    public Uni<PipelineByStageReport> pipelineByStage(ReportFilter filter) {
        authorize(OPPORTUNITY, filter.ownerId(), filter.teamId(), "stageId", "amount", "probability");
        UUID tenantId = TenantContext.require();
        return defaultPipeline.ensure()
                .chain(() -> pipeline(tenantId, filter.pipelineId(), true))
                .chain(pipeline -> scope(tenantId, OPPORTUNITY, filter).chain(scope -> pool
                        .preparedQuery(PIPELINE_BY_STAGE).execute(scope.parameters(pipeline.id()))
                        .map(rows -> new PipelineByStageReport(pipeline.id(), pipeline.name(), stages(rows)))));
    }

    /** Per month or quarter: open opportunities closing in it, by currency and forecast category, and those won in it. */
    public Uni<SalesForecastReport> forecast(ReportPeriod period, LocalDate from, LocalDate to, ReportFilter filter) {
        authorize(OPPORTUNITY, filter.ownerId(), filter.teamId(), "amount", "probability", "closeDate",
                "forecastCategory", "closedAt");
        UUID tenantId = TenantContext.require();
        return opportunityScope(tenantId, filter).chain(scope -> {
            ReportRange range = ReportRange.of(from, to);
            return pool.preparedQuery(FORECAST).execute(scope.parameters(filter.pipelineId(), range.from(), range.to(),
                    period.name().toLowerCase(), period.months()))
                    .map(rows -> new SalesForecastReport(period, range.from(), range.to(), periods(period, rows)));
        });
    }

    /** Won and lost opportunities closed in [from, to), and won / (won + lost). */
    public Uni<WinRateReport> winRate(LocalDate from, LocalDate to, ReportFilter filter) {
        authorize(OPPORTUNITY, filter.ownerId(), filter.teamId(), "status", "closedAt");
        UUID tenantId = TenantContext.require();
        return opportunityScope(tenantId, filter).chain(scope -> {
            ReportRange range = ReportRange.of(from, to);
            return pool.preparedQuery(WIN_RATE).execute(closedIn(scope, filter, range)).map(rows -> {
                Row row = rows.iterator().next();
                long won = row.getLong("won");
                long lost = row.getLong("lost");
                return new WinRateReport(range.from(), range.to(), won, lost, ratio(won, won + lost));
            });
        });
    }

    /** The average amount (per currency) and sales cycle of the opportunities won in [from, to). */
    public Uni<DealSizeReport> dealSize(LocalDate from, LocalDate to, ReportFilter filter) {
        authorize(OPPORTUNITY, filter.ownerId(), filter.teamId(), "amount", "closedAt", "createdAt");
        UUID tenantId = TenantContext.require();
        return opportunityScope(tenantId, filter).chain(scope -> {
            ReportRange range = ReportRange.of(from, to);
            return pool.preparedQuery(DEAL_SIZE).execute(closedIn(scope, filter, range)).map(rows -> {
                long won = 0;
                BigDecimal cycle = null;
                List<DealSizeAmounts> amounts = new ArrayList<>();
                for (Row row : rows) {
                    if (row.getInteger("overall") == 1) {
                        won = row.getLong("deals");
                        cycle = row.getBigDecimal("cycle_days");
                    } else if (row.getString("amount_currency") != null) {
                        amounts.add(new DealSizeAmounts(row.getString("amount_currency"), row.getLong("deals"),
                                row.getBigDecimal("total"), row.getBigDecimal("average")));
                    }
                }
                return new DealSizeReport(range.from(), range.to(), won, cycle == null ? null : cycle.doubleValue(),
                        amounts);
            });
        });
    }

    /** Leads created in [from, to) and how many of them are converted, in total and per source. */
    public Uni<LeadConversionReport> leadConversion(LocalDate from, LocalDate to, UUID ownerId, UUID teamId) {
        authorize(LEAD, ownerId, teamId, "source", "status", "createdAt");
        UUID tenantId = TenantContext.require();
        return scope(tenantId, LEAD, new ReportFilter(null, ownerId, teamId)).chain(scope -> {
            ReportRange range = ReportRange.of(from, to);
            return pool.preparedQuery(LEAD_CONVERSION).execute(scope.parameters(range.from(), range.to())).map(rows -> {
                List<LeadSourceConversion> sources = new ArrayList<>();
                for (Row row : rows) {
                    String source = row.getString("source");
                    long leads = row.getLong("leads");
                    long converted = row.getLong("converted");
                    sources.add(new LeadSourceConversion(source == null ? null : LeadSource.valueOf(source), leads,
                            converted, ratio(converted, leads)));
                }
                sources.sort(Comparator.comparing(LeadSourceConversion::source,
                        Comparator.nullsLast(Comparator.naturalOrder())));
                long leads = sources.stream().mapToLong(LeadSourceConversion::leads).sum();
                long converted = sources.stream().mapToLong(LeadSourceConversion::converted).sum();
                return new LeadConversionReport(range.from(), range.to(), leads, converted, ratio(converted, leads),
                        sources);
            });
        });
    }

    /**
     * The caller may read the object type, and none of the fields the report reads is hidden from its role: a sum
     * would show what the field rule hides; nor is ownerId when the report is filtered by owner or team.
     */
    private static void authorize(String objectType, UUID ownerId, UUID teamId, String... fields) {
        Permissions.require(objectType, Action.READ);
        FieldPolicy policy = Caller.require().authority().fields(objectType);
        List<String> read = new ArrayList<>(List.of(fields));
        if (ownerId != null || teamId != null) {
            read.add("ownerId");
        }
        for (String field : read) {
            if (policy.hides(field)) {
                throw ApiProblem.forbiddenField(field, "This report reads the " + objectType + " field " + field
                        + ", which is hidden from your role");
            }
        }
    }

    private record PipelineRef(UUID id, String name) {
    }

    /** The pipeline the filter names (for a report of one pipeline, the default one when it names none), else 404. */
    private Uni<PipelineRef> pipeline(UUID tenantId, UUID pipelineId, boolean defaultWhenNone) {
        if (pipelineId == null && !defaultWhenNone) {
            return Uni.createFrom().nullItem();
        }
        return pool.preparedQuery(PIPELINE).execute(Tuple.of(tenantId, pipelineId)).map(rows -> {
            if (rows.size() == 0) {
                throw ApiProblem.notFound("pipeline", pipelineId);
            }
            Row row = rows.iterator().next();
            return new PipelineRef(row.getUUID("id"), row.getString("name"));
        });
    }

    /** The scope of an opportunity report across pipelines, after checking the pipeline it names exists. */
    private Uni<ReportScope> opportunityScope(UUID tenantId, ReportFilter filter) {
        return pipeline(tenantId, filter.pipelineId(), false).chain(() -> scope(tenantId, OPPORTUNITY, filter));
    }

    private Uni<ReportScope> scope(UUID tenantId, String objectType, ReportFilter filter) {
        return teamPeople(tenantId, filter.teamId())
                .chain(people -> sessions.withSession(session -> sharing.visibility(session, objectType))
                        .map(visible -> new ReportScope(tenantId, visible, filter.ownerId(), people)));
    }

    /** The people of the team and of the teams below it, or null when no team is named; an unknown team is a 404. */
    private Uni<UUID[]> teamPeople(UUID tenantId, UUID teamId) {
        if (teamId == null) {
            return Uni.createFrom().nullItem();
        }
        return pool.preparedQuery(TEAM_PEOPLE).execute(Tuple.of(tenantId, teamId)).map(rows -> {
            if (rows.size() == 0) {
                throw ApiProblem.notFound("team", teamId);
            }
            Set<UUID> people = new LinkedHashSet<>();
            for (Row row : rows) {
                if (row.getUUID("manager_id") != null) {
                    people.add(row.getUUID("manager_id"));
                }
                people.addAll(List.of(row.getArrayOfUUIDs("member_ids")));
            }
            return people.toArray(UUID[]::new);
        });
    }

    private static Tuple closedIn(ReportScope scope, ReportFilter filter, ReportRange range) {
        return scope.parameters(filter.pipelineId(), range.from(), range.to());
    }

    private static List<StageTotals> stages(RowSet<Row> rows) {
        Map<UUID, StageTotals> stages = new LinkedHashMap<>();
        for (Row row : rows) {
            StageTotals stage = stages.computeIfAbsent(row.getUUID("id"), id -> new StageTotals(id,
                    row.getString("name"), StageKind.valueOf(row.getString("kind").toUpperCase()),
                    row.getInteger("probability"), row.getLong("deals"), new ArrayList<>()));
            if (row.getString("amount_currency") != null) {
                stage.amounts().add(new CurrencyTotals(row.getString("amount_currency"), row.getLong("currency_deals"),
                        row.getBigDecimal("amount"), row.getBigDecimal("weighted")));
            }
        }
        return List.copyOf(stages.values());
    }

    private static List<ForecastPeriodTotals> periods(ReportPeriod period, RowSet<Row> rows) {
        Map<LocalDate, List<Row>> byStart = new LinkedHashMap<>();
        for (Row row : rows) {
            byStart.computeIfAbsent(row.getLocalDate("starts"), start -> new ArrayList<>()).add(row);
        }
        List<ForecastPeriodTotals> periods = new ArrayList<>();
        byStart.forEach((start, inPeriod) -> {
            long openCount = 0;
            long wonCount = 0;
            List<ForecastAmounts> open = new ArrayList<>();
            List<WonAmounts> won = new ArrayList<>();
            for (Row row : inPeriod) {
                String status = row.getString("status");
                String currency = row.getString("amount_currency");
                long deals = row.getLong("deals");
                if ("OPEN".equals(status)) {
                    openCount += deals;
                    if (currency != null) {
                        open.add(new ForecastAmounts(currency, deals, row.getBigDecimal("amount"),
                                row.getBigDecimal("weighted"), row.getBigDecimal("pipeline"),
                                row.getBigDecimal("best_case"), row.getBigDecimal("commit"),
                                row.getBigDecimal("closed"), row.getBigDecimal("omitted")));
                    }
                } else if ("WON".equals(status)) {
                    wonCount += deals;
                    if (currency != null) {
                        won.add(new WonAmounts(currency, deals, row.getBigDecimal("amount")));
                    }
                }
            }
            periods.add(new ForecastPeriodTotals(period.label(start), start, inPeriod.get(0).getLocalDate("ends"),
                    openCount, open, wonCount, won));
        });
        return periods;
    }

    /** part / whole rounded half-up to 4 decimals, or null when the whole is zero. */
    private static Double ratio(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }
}
