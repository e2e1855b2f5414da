package io.quintet.crm.lead;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quintet.crm.platform.config.CrmConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Rescores, in the background, the leads whose score is stale: computed with older scoring rules than the
 * tenant's, or (with decay on) not for a while. Each round claims a batch with {@code FOR UPDATE SKIP
 * LOCKED} and rewrites it in the same short transaction, so any number of replicas share the work and
 * never score one lead twice at once; it repeats while batches come back full. A rescore bumps the lead's
 * version (its representation changed) but records no audit entry: no one changed the lead.
 */
@ApplicationScoped
class LeadRescoring {

    private static final Logger LOG = Logger.getLogger(LeadRescoring.class);

    private final Pool pool;
    private final Vertx vertx;
    private final LeadJson json;
    private final LeadActivityFacts activities;
    private final CrmConfig.Leads config;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopped;
    private long timer = -1;

    LeadRescoring(Pool pool, Vertx vertx, LeadJson json, LeadActivityFacts activities, CrmConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.json = json;
        this.activities = activities;
        this.config = config.leads();
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(config.rescoreInterval().toMillis(), tick -> wake());
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (timer != -1) {
            vertx.cancelTimer(timer);
        }
    }

    /** Runs a round now, or right after the one in progress. */
    void wake() {
        again.set(true);
        if (stopped || !running.compareAndSet(false, true)) {
            return;
        }
        again.set(false);
        round().subscribe().with(full -> finishRound(full), failure -> {
            LOG.warn("A lead rescoring round failed", failure);
            finishRound(false);
        });
    }

    private void finishRound(boolean full) {
        running.set(false);
        if (full || again.get()) {
            wake();
        }
    }

    /** Rescores one claimed batch; true when the batch was full (more may be waiting). */
    Uni<Boolean> round() {
        String columns = LeadScorer.TEXT_FIELDS.values().stream().map(c -> "l." + c).collect(Collectors.joining(", "))
                + ", " + LeadScorer.NUMBER_FIELDS.values().stream().map(c -> "l." + c).collect(Collectors.joining(", "));
        String claim = "select l.tenant_id, l.id, l.created_at, " + columns + ", cast(s.rules as text) as rules, "
                + "s.version as rules_version from lead l join lead_scoring s on s.tenant_id = l.tenant_id "
                + "where l.score_rules_version <> s.version or (s.rules ->> 'decayHalfLifeDays' is not null "
                + "and l.scored_at < now() - $2 * interval '1 millisecond') "
                + "limit $1 for update of l skip locked";
        return pool.withTransaction(connection -> connection.preparedQuery(claim)
                .execute(Tuple.of(config.rescoreBatch(), (double) config.decayRefresh().toMillis()))
                .chain(rows -> {
                    List<Row> claimed = new ArrayList<>();
                    rows.forEach(claimed::add);
                    return rescore(connection, claimed).replaceWith(claimed.size() == config.rescoreBatch());
                }));
    }

    private Uni<Void> rescore(SqlConnection connection, List<Row> claimed) {
        if (claimed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<UUID, List<Row>> byTenant = new LinkedHashMap<>();
        claimed.forEach(row -> byTenant.computeIfAbsent(row.getUUID("tenant_id"), t -> new ArrayList<>()).add(row));
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Map.Entry<UUID, List<Row>> tenant : byTenant.entrySet()) {
            all = all.chain(() -> rescoreTenant(connection, tenant.getKey(), tenant.getValue()));
        }
        return all;
    }

    private Uni<Void> rescoreTenant(SqlConnection connection, UUID tenantId, List<Row> rows) {
        LeadScoringRules rules = json.read(rows.get(0).getString("rules"), LeadScoringRules.class);
        long rulesVersion = rows.get(0).getLong("rules_version");
        List<UUID> ids = rows.stream().map(row -> row.getUUID("id")).toList();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return activities.recent(tenantId, ids, rules, now).chain(facts -> {
            List<Tuple> updates = new ArrayList<>();
            for (Row row : rows) {
                ScoreBreakdown breakdown = LeadScorer.score(rules, rulesVersion, values(row),
                        row.getOffsetDateTime("created_at").toInstant(), facts.getOrDefault(row.getUUID("id"), List.of()),
                        now);
                updates.add(Tuple.of(tenantId, row.getUUID("id"), breakdown.score(), json.write(breakdown), rulesVersion)
                        .addOffsetDateTime(now.atOffset(ZoneOffset.UTC)));
            }
            return connection.preparedQuery("update lead set score = $3, score_breakdown = cast(cast($4 as text) as jsonb), "
                    + "score_rules_version = $5, scored_at = $6, version = version + 1 where tenant_id = $1 and id = $2")
                    .executeBatch(updates).replaceWithVoid();
        });
    }

    private static Map<String, Object> values(Row row) {
        Map<String, Object> values = new HashMap<>();
        LeadScorer.TEXT_FIELDS.forEach((field, column) -> values.put(field,
                "tags".equals(column) ? row.getArrayOfStrings(column) : row.getString(column)));
        LeadScorer.NUMBER_FIELDS.forEach((field, column) -> values.put(field, row.getInteger(column)));
        return values;
    }
}
