package io.quintet.crm.lead;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** How a lead's score came about: the points of each rule that applied, then the decay. */
@Type("ScoreBreakdown")
@Description("score = round(rawPoints x decayFactor); decayFactor = 0.5^(idleDays / decayHalfLifeDays)")
public record ScoreBreakdown(
        int score,
        int rawPoints,
        double decayFactor,
        @Description("When the lead last had an activity; its creation when none") Instant idleSince,
        List<Entry> entries,
        @Description("The version of the scoring rules this was computed with")
        @ToScalar(Scalar.Int.class) long rulesVersion,
        Instant scoredAt) {

    /** What one rule gave. */
    @Type("ScoreBreakdownEntry")
    public record Entry(
            @Description("attributeRules[i] or behaviourRules[i]") String rule,
            String description,
            int points) {
    }
}
