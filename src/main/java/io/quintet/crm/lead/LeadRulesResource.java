package io.quintet.crm.lead;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/** REST API of a tenant's lead rules: {@code /api/v1/lead-scoring} and {@code /api/v1/lead-assignment}. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leads")
public class LeadRulesResource {

    private final LeadScoringService scoring;
    private final LeadAssignmentService assignment;

    LeadRulesResource(LeadScoringService scoring, LeadAssignmentService assignment) {
        this.scoring = scoring;
        this.assignment = assignment;
    }

    @GET
    @Path("lead-scoring")
    @Operation(summary = "The tenant's lead scoring rules")
    public Uni<LeadScoringRules.View> scoring() {
        return scoring.get();
    }

    @PUT
    @Path("lead-scoring")
    @Operation(summary = "Replace the lead scoring rules (admin)", description = "Existing leads are rescored in "
            + "the background; new and changed leads at once")
    public Uni<LeadScoringRules.View> replaceScoring(LeadScoringRules rules) {
        return scoring.replace(rules);
    }

    @GET
    @Path("lead-assignment")
    @Operation(summary = "The tenant's lead assignment rules")
    public Uni<LeadAssignmentRules> assignment() {
        return assignment.get();
    }

    @PUT
    @Path("lead-assignment")
    @Operation(summary = "Replace the lead assignment rules (admin)", description = "Applied to leads created "
            + "without an owner: first matching territory, else round robin in roundRobinTeamId, else the creator")
    public Uni<LeadAssignmentRules> replaceAssignment(LeadAssignmentRules rules) {
        return assignment.replace(rules);
    }
}
