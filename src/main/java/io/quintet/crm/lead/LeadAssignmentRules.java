package io.quintet.crm.lead;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;

/**
 * Who gets a lead created without an owner: the first territory that matches (its user, or the next member
 * of its team in rotation), else the next member of {@code roundRobinTeamId}, else the creator.
 */
@Input("LeadAssignmentInput")
@Type("LeadAssignment")
public record LeadAssignmentRules(
        @Description("Team whose members take turns when no territory matches") @Id UUID roundRobinTeamId,
        @Size(max = 100) List<@NotNull @Valid Territory> territories) {

    public LeadAssignmentRules {
        territories = territories == null ? List.of() : List.copyOf(territories);
    }

    public static LeadAssignmentRules none() {
        return new LeadAssignmentRules(null, List.of());
    }

    /**
     * A territory: every criterion given must match (text ignoring case; sizes inclusive), and it goes to
     * exactly one of a user or a team (whose members take turns).
     */
    @Input("LeadTerritoryInput")
    @Type("LeadTerritory")
    public record Territory(
            @Size(max = 255) String name,
            @Size(max = 100) List<@NotNull @Size(max = 255) String> countries,
            @Size(max = 100) List<@NotNull @Size(max = 255) String> regions,
            @Size(max = 100) List<@NotNull @Size(max = 255) String> industries,
            @Min(0) Integer minCompanySize,
            @Min(0) Integer maxCompanySize,
            @Id UUID userId,
            @Id UUID teamId) {

        boolean matches(Lead lead) {
            return among(countries, lead.address.country) && among(regions, lead.address.region)
                    && among(industries, lead.industry)
                    && (minCompanySize == null || (lead.companySize != null && lead.companySize >= minCompanySize))
                    && (maxCompanySize == null || (lead.companySize != null && lead.companySize <= maxCompanySize));
        }

        private static boolean among(List<String> accepted, String value) {
            return accepted == null || accepted.isEmpty()
                    || (value != null && accepted.stream().anyMatch(value.strip()::equalsIgnoreCase));
        }
    }
}
