package io.quintet.crm.lead;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.quintet.crm.lead.LeadScoringRules.AttributeRule;
import io.quintet.crm.lead.LeadScoringRules.BehaviourRule;
import io.quintet.crm.platform.error.ApiProblem;

/**
 * Computes a lead's score from the tenant's rules, its field values and its recent activities; pure, so
 * that a save and the background rescoring give the same answer.
 *
 * <p>{@code rawPoints} = the points of every attribute rule that matches + for every behaviour rule
 * min(activities of its type in its window x pointsEach, maxPoints); {@code score} =
 * round(rawPoints x 0.5^(idleDays / decayHalfLifeDays)), where idleDays is the time since the lead's last
 * activity (its creation if it has none), in days with fractions; without a half-life the factor is 1.
 */
final class LeadScorer {

    /** The lead fields attribute rules may name, with their column in {@code lead}. */
    static final Map<String, String> TEXT_FIELDS = Map.ofEntries(
            Map.entry("firstName", "first_name"), Map.entry("lastName", "last_name"),
            Map.entry("company", "company"), Map.entry("title", "title"), Map.entry("email", "email"),
            Map.entry("phone", "phone"), Map.entry("source", "source"), Map.entry("status", "status"),
            Map.entry("rating", "rating"), Map.entry("industry", "industry"), Map.entry("city", "city"),
            Map.entry("region", "region"), Map.entry("country", "country"), Map.entry("description", "description"),
            Map.entry("tags", "tags"));

    static final Map<String, String> NUMBER_FIELDS = Map.of("companySize", "company_size");

    private static final Set<ScoreOperator> NUMERIC = Set.of(ScoreOperator.GTE, ScoreOperator.LTE);
    private static final double SECONDS_PER_DAY = 86_400d;

    private LeadScorer() {
    }

    /** Refuses rules that name unknown fields or do not fit their operator, naming the rule at fault. */
    static void validate(LeadScoringRules rules) {
        for (int i = 0; i < rules.attributeRules().size(); i++) {
            AttributeRule rule = rules.attributeRules().get(i);
            String at = "attributeRules[" + i + "]";
            boolean text = TEXT_FIELDS.containsKey(rule.field());
            boolean number = NUMBER_FIELDS.containsKey(rule.field());
            if (!text && !number) {
                throw ApiProblem.invalidField(at + ".field", "Unknown field " + rule.field() + "; one of "
                        + new TreeSet<>(allFields()));
            }
            if (rule.operator() == ScoreOperator.IN) {
                if (rule.values() == null || rule.values().isEmpty()) {
                    throw ApiProblem.invalidField(at + ".values", "The in operator needs a non-empty values list");
                }
                continue;
            }
            if (rule.value() == null || rule.value().isBlank()) {
                throw ApiProblem.invalidField(at + ".value", "The " + rule.operator().name().toLowerCase(Locale.ROOT)
                        + " operator needs a value");
            }
            if (NUMERIC.contains(rule.operator()) != number || (number && rule.operator() == ScoreOperator.CONTAINS)) {
                throw ApiProblem.invalidField(at + ".operator", "gte and lte apply to numeric fields ("
                        + NUMBER_FIELDS.keySet() + ") and only they; text fields take equals, contains or in");
            }
            if (number && !isNumber(rule.value())) {
                throw ApiProblem.invalidField(at + ".value", rule.field() + " compares with a number");
            }
        }
    }

    private static Set<String> allFields() {
        Set<String> all = new HashSet<>(TEXT_FIELDS.keySet());
        all.addAll(NUMBER_FIELDS.keySet());
        return all;
    }

    /**
     * The breakdown of a lead's score.
     *
     * @param values the lead's field values by API field name (enums by constant name, tags as a String[])
     * @param activities the lead's activities, any order
     */
    static ScoreBreakdown score(LeadScoringRules rules, long rulesVersion, Map<String, Object> values,
            Instant createdAt, List<ActivityFact> activities, Instant now) {
        List<ScoreBreakdown.Entry> entries = new ArrayList<>();
        int raw = 0;
        for (int i = 0; i < rules.attributeRules().size(); i++) {
            AttributeRule rule = rules.attributeRules().get(i);
            if (matches(rule, values.get(rule.field()))) {
                entries.add(new ScoreBreakdown.Entry("attributeRules[" + i + "]", describe(rule), rule.points()));
                raw += rule.points();
            }
        }
        for (int i = 0; i < rules.behaviourRules().size(); i++) {
            BehaviourRule rule = rules.behaviourRules().get(i);
            Instant since = now.minus(Duration.ofDays(rule.withinDays()));
            long count = activities.stream().filter(a -> rule.activityType().equalsIgnoreCase(a.type())
                    && !a.occurredAt().isBefore(since) && !a.occurredAt().isAfter(now)).count();
            if (count == 0) {
                continue;
            }
            long uncapped = count * rule.pointsEach();
            int points = (int) (rule.pointsEach() >= 0 ? Math.min(uncapped, rule.maxPoints())
                    : Math.max(uncapped, -rule.maxPoints()));
            entries.add(new ScoreBreakdown.Entry("behaviourRules[" + i + "]", count + " x " + rule.activityType()
                    + " within " + rule.withinDays() + " days, " + rule.pointsEach() + " each, at most "
                    + rule.maxPoints(), points));
            raw += points;
        }
        Instant idleSince = activities.stream().map(ActivityFact::occurredAt).filter(at -> !at.isAfter(now))
                .max(Comparator.naturalOrder()).filter(last -> last.isAfter(createdAt)).orElse(createdAt);
        double factor = 1d;
        if (rules.decayHalfLifeDays() != null) {
            double idleDays = Math.max(0, Duration.between(idleSince, now).toSeconds() / SECONDS_PER_DAY);
            factor = Math.pow(0.5, idleDays / rules.decayHalfLifeDays());
        }
        return new ScoreBreakdown((int) Math.round(raw * factor), raw, factor, idleSince, entries, rulesVersion, now);
    }

    private static boolean matches(AttributeRule rule, Object value) {
        if (value instanceof String[] tags) {
            return Arrays.stream(tags).anyMatch(tag -> matches(rule, tag));
        }
        if (value == null) {
            return false;
        }
        if (value instanceof Number number) {
            BigDecimal actual = new BigDecimal(number.toString());
            return switch (rule.operator()) {
                case GTE -> actual.compareTo(new BigDecimal(rule.value().strip())) >= 0;
                case LTE -> actual.compareTo(new BigDecimal(rule.value().strip())) <= 0;
                case EQUALS -> isNumber(rule.value()) && actual.compareTo(new BigDecimal(rule.value().strip())) == 0;
                case IN -> rule.values().stream().filter(LeadScorer::isNumber)
                        .anyMatch(v -> actual.compareTo(new BigDecimal(v.strip())) == 0);
                case CONTAINS -> false;
            };
        }
        String actual = value.toString().toLowerCase(Locale.ROOT);
        return switch (rule.operator()) {
            case EQUALS -> actual.equals(rule.value().toLowerCase(Locale.ROOT));
            case CONTAINS -> actual.contains(rule.value().toLowerCase(Locale.ROOT));
            case IN -> rule.values().stream().filter(Objects::nonNull)
                    .anyMatch(v -> actual.equals(v.toLowerCase(Locale.ROOT)));
            case GTE, LTE -> false;
        };
    }

    private static String describe(AttributeRule rule) {
        String operand = rule.operator() == ScoreOperator.IN ? String.valueOf(rule.values()) : rule.value();
        return rule.field() + " " + rule.operator().name().toLowerCase(Locale.ROOT) + " " + operand;
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
