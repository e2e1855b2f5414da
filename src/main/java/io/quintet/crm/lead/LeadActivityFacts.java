package io.quintet.crm.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.activity.ActivityOccurrence;
import io.quintet.crm.activity.ActivityService;
import io.smallrye.mutiny.Uni;

/**
 * The activities scoring counts, read through the activities feature in one query per batch of leads:
 * those within the longest behaviour rule's window, or every one when decay is on (the score decays from
 * the last activity, however old); none, and no query, when the rules need none.
 */
@ApplicationScoped
class LeadActivityFacts {

    private static final String LEAD = "lead";

    private final ActivityService activities;
    private final Mutiny.SessionFactory sessions;

    LeadActivityFacts(ActivityService activities, Mutiny.SessionFactory sessions) {
        this.activities = activities;
        this.sessions = sessions;
    }

    /** The leads' activities as committed, read in a session of its own; leads without any are absent. */
    Uni<Map<UUID, List<ActivityFact>>> recent(UUID tenantId, Collection<UUID> leadIds, LeadScoringRules rules,
            Instant now) {
        if (!needsActivities(rules) || leadIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return sessions.openSession().chain(session -> recent(session, tenantId, leadIds, rules, now)
                .eventually(session::close));
    }

    /** The leads' activities as the given session (a write's transaction) sees them. */
    Uni<Map<UUID, List<ActivityFact>>> recent(Mutiny.Session session, UUID tenantId, Collection<UUID> leadIds,
            LeadScoringRules rules, Instant now) {
        if (!needsActivities(rules) || leadIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return activities.occurrences(session, tenantId, LEAD, leadIds, since(rules, now)).map(found -> {
            Map<UUID, List<ActivityFact>> byLead = new HashMap<>();
            for (ActivityOccurrence occurrence : found) {
                byLead.computeIfAbsent(occurrence.recordId(), id -> new ArrayList<>()).add(new ActivityFact(
                        occurrence.kind().name().toLowerCase(), occurrence.occurredAt()));
            }
            return byLead;
        });
    }

    private static boolean needsActivities(LeadScoringRules rules) {
        return !rules.behaviourRules().isEmpty() || rules.decayHalfLifeDays() != null;
    }

    private static Instant since(LeadScoringRules rules, Instant now) {
        if (rules.decayHalfLifeDays() != null) {
            return Instant.EPOCH;
        }
        int window = rules.behaviourRules().stream().mapToInt(LeadScoringRules.BehaviourRule::withinDays).max()
                .orElse(0);
        return now.minus(Duration.ofDays(window));
    }
}
