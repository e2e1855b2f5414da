package io.quintet.crm.lead;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/**
 * A tenant's lead scoring rules, as clients write and read them: points for attributes, points for recent
 * activities (capped), and an optional decay of the whole score while the lead stays idle.
 */
@Input("LeadScoringInput")
public record LeadScoringRules(
        @Size(max = 100) List<@NotNull @Valid AttributeRule> attributeRules,
        @Size(max = 100) List<@NotNull @Valid BehaviourRule> behaviourRules,
        @Description("The score halves every this many days since the lead's last activity (or its creation); "
                + "null: no decay")
        @Min(1) @Max(3650) Integer decayHalfLifeDays) {

    public LeadScoringRules {
        attributeRules = attributeRules == null ? List.of() : List.copyOf(attributeRules);
        behaviourRules = behaviourRules == null ? List.of() : List.copyOf(behaviourRules);
    }

    /** The rules of a tenant that has set none: every lead scores 0. */
    public static LeadScoringRules none() {
        return new LeadScoringRules(List.of(), List.of(), null);
    }

    /** Points when a field of the lead compares true with {@code value} (or one of {@code values} for {@code in}). */
    @Input("LeadAttributeRuleInput")
    @Type("LeadAttributeRule")
    public record AttributeRule(
            @NotBlank String field,
            @NotNull ScoreOperator operator,
            @Size(max = 1000) String value,
            @Size(max = 100) List<@Size(max = 1000) String> values,
            @NotNull @Min(-1000) @Max(1000) Integer points) {
    }

    /** Points for each activity of a type in the last {@code withinDays} days, at most {@code maxPoints} in all. */
    @Input("LeadBehaviourRuleInput")
    @Type("LeadBehaviourRule")
    public record BehaviourRule(
            @NotBlank @Size(max = 50) String activityType,
            @NotNull @Min(1) @Max(3650) Integer withinDays,
            @NotNull @Min(-1000) @Max(1000) Integer pointsEach,
            @NotNull @Min(0) @Max(100000) Integer maxPoints) {
    }

    /** The rules with their version, as {@code GET /api/v1/lead-scoring} answers. */
    @Type("LeadScoring")
    @Name("LeadScoring")
    public record View(List<AttributeRule> attributeRules, List<BehaviourRule> behaviourRules,
            Integer decayHalfLifeDays, @NonNull @ToScalar(Scalar.Int.class) long version) {
    }
}
