package io.quintet.crm.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The score formula on its own, for what the API cannot yet feed it: activities (another feature's
 * records) counted by behaviour rules, capped, and decay measured from the last activity.
 */
class LeadScorerTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Instant CREATED = NOW.minus(Duration.ofDays(60));
    private static final LeadScoringRules.BehaviourRule EMAILS_OPENED =
            new LeadScoringRules.BehaviourRule("email", 30, 5, 12);

    private static ActivityFact email(int daysAgo) {
        return new ActivityFact("email", NOW.minus(Duration.ofDays(daysAgo)));
    }

    private static ScoreBreakdown score(LeadScoringRules rules, List<ActivityFact> activities) {
        return LeadScorer.score(rules, 1, Map.of(), CREATED, activities, NOW);
    }

    @Test
    void givesBehaviourPointsForEachActivityInTheWindowOnly() {
        LeadScoringRules rules = new LeadScoringRules(List.of(), List.of(EMAILS_OPENED), null);

        ScoreBreakdown breakdown = score(rules, List.of(email(1), email(40)));

        assertEquals(5, breakdown.score());
        assertEquals("behaviourRules[0]", breakdown.entries().get(0).rule());
    }

    @Test
    void capsBehaviourPointsAtMaxPoints() {
        LeadScoringRules rules = new LeadScoringRules(List.of(), List.of(EMAILS_OPENED), null);

        assertEquals(12, score(rules, List.of(email(1), email(2), email(3), email(4))).score());
    }

    @Test
    void ignoresActivitiesOfOtherTypes() {
        LeadScoringRules rules = new LeadScoringRules(List.of(), List.of(EMAILS_OPENED), null);

        assertEquals(0, score(rules, List.of(new ActivityFact("call", NOW.minus(Duration.ofDays(1))))).score());
    }

    @Test
    void decaysFromTheLastActivityRatherThanFromCreation() {
        LeadScoringRules rules = new LeadScoringRules(List.of(),
                List.of(new LeadScoringRules.BehaviourRule("email", 90, 40, 40)), 10);

        ScoreBreakdown breakdown = score(rules, List.of(email(20), email(50)));

        assertEquals(40, breakdown.rawPoints());
        assertEquals(0.25, breakdown.decayFactor(), 1e-9);
        assertEquals(10, breakdown.score());
        assertEquals(NOW.minus(Duration.ofDays(20)), breakdown.idleSince());
    }

    @Test
    void decaysFromCreationWithoutActivities() {
        LeadScoringRules rules = new LeadScoringRules(List.of(new LeadScoringRules.AttributeRule("company",
                ScoreOperator.EQUALS, "acme", null, 100)), List.of(), 30);

        ScoreBreakdown breakdown = LeadScorer.score(rules, 1, Map.of("company", "ACME"), CREATED, List.of(), NOW);

        assertEquals(25, breakdown.score());
    }
}
