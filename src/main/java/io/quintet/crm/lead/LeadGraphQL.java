package io.quintet.crm.lead;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.graphql.GraphQLFilters;
import io.quintet.crm.platform.graphql.GraphQLSupport;
import io.quintet.crm.platform.timeline.TimelineConnection;
import io.quintet.crm.platform.timeline.TimelineConnections;
import io.quintet.crm.platform.timeline.TimelineKind;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/** GraphQL API of leads, their conversion, and the tenant's scoring and assignment rules. */
@GraphQLApi
public class LeadGraphQL {

    private final LeadService leads;
    private final LeadScoringService scoring;
    private final LeadAssignmentService assignment;
    private final GraphQLSupport graphql;
    private final TimelineConnections timelines;
    private final Context context;

    LeadGraphQL(LeadService leads, LeadScoringService scoring, LeadAssignmentService assignment,
            GraphQLSupport graphql, TimelineConnections timelines, Context context) {
        this.leads = leads;
        this.scoring = scoring;
        this.assignment = assignment;
        this.graphql = graphql;
        this.timelines = timelines;
        this.context = context;
    }

    @Query("lead")
    @Description("A lead by id")
    public Uni<LeadView> lead(@NonNull @Id String id) {
        return leads.get(GraphQLSupport.id(id));
    }

    @Query("leads")
    @Description("Leads, a page at a time; orderBy as in REST sort, e.g. \"-score,lastName\"")
    public Uni<LeadConnection> leads(Integer first, String after, LeadFilter filter, String orderBy) {
        return leads.list(graphql.listQuery(first, after, GraphQLFilters.toNode(filter, leads.queryFields()),
                orderBy), null)
                .map(page -> new LeadConnection(page.items().stream().map(LeadConnection.Edge::new).toList(),
                        GraphQLSupport.pageInfo(page)));
    }

    @Mutation
    @Description("Create a lead; without ownerId the assignment rules pick its owner")
    public Uni<LeadView> createLead(@NonNull LeadInput input) {
        return leads.create(input);
    }

    @Mutation
    @Description("Change a lead's fields; a stale expectedVersion is a CONFLICT error")
    public Uni<LeadView> updateLead(@NonNull @Id String id, @NonNull LeadPatch input, Integer expectedVersion) {
        return leads.patch(GraphQLSupport.id(id), graphql.mergePatch(context, "input"),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Hand the lead to another user of the tenant")
    public Uni<LeadView> transferLead(@NonNull @Id String id, @NonNull @Id String ownerId, Integer expectedVersion) {
        return leads.transfer(GraphQLSupport.id(id), GraphQLSupport.id(ownerId), GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Delete a lead")
    public Uni<Boolean> deleteLead(@NonNull @Id String id, Integer expectedVersion) {
        return leads.delete(GraphQLSupport.id(id), GraphQLSupport.version(expectedVersion),
                RecordService.DeleteOptions.none()).replaceWith(true);
    }

    @Mutation
    @Description("Convert a lead into an account and a contact (linked, matched or created), optionally an "
            + "opportunity, in one transaction; the lead's activities are linked to each of them")
    public Uni<LeadConversion> convertLead(@NonNull @Id String id, ConvertLeadRequest input, Integer expectedVersion) {
        return leads.convert(GraphQLSupport.id(id), input, GraphQLSupport.version(expectedVersion));
    }

    @Name("scoreBreakdown")
    @Description("Which scoring rule gave what, as last computed")
    public Uni<List<ScoreBreakdown>> scoreBreakdown(@Source List<LeadView> sources) {
        return leads.breakdowns(sources.stream().map(LeadView::id).toList())
                .map(byId -> sources.stream().map(lead -> byId.get(lead.id())).toList());
    }

    @Name("timeline")
    @Description(TimelineConnections.DESCRIPTION + "; a lead's includes its conversion")
    public Uni<List<TimelineConnection>> timeline(@Source List<LeadView> sources, Integer first, String after,
            List<TimelineKind> kinds) {
        return timelines.of(leads.objectType(), sources.stream().map(LeadView::id).toList(), first, after, kinds);
    }

    @Query("leadScoring")
    @Description("The tenant's lead scoring rules")
    public Uni<LeadScoringRules.View> leadScoring() {
        return scoring.get();
    }

    @Mutation
    @Description("Replace the lead scoring rules (admin); existing leads are rescored in the background")
    public Uni<LeadScoringRules.View> updateLeadScoring(@NonNull LeadScoringRules input) {
        return scoring.replace(input);
    }

    @Query("leadAssignment")
    @Description("The tenant's lead assignment rules")
    public Uni<LeadAssignmentRules> leadAssignment() {
        return assignment.get();
    }

    @Mutation
    @Description("Replace the lead assignment rules (admin)")
    public Uni<LeadAssignmentRules> updateLeadAssignment(@NonNull LeadAssignmentRules input) {
        return assignment.replace(input);
    }
}
