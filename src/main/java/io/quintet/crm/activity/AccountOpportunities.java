package io.quintet.crm.activity;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quintet.crm.opportunity.OpportunityService;
import io.quintet.crm.opportunity.OpportunityView;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Permissions;
import io.quintet.crm.platform.timeline.TimelineRelations;
import io.quintet.crm.platform.timeline.TimelineSubject;
import io.smallrye.mutiny.Uni;

/** An account's timeline also shows what happened to its opportunities (those the caller may see). */
@ApplicationScoped
class AccountOpportunities implements TimelineRelations {

    private final OpportunityService opportunities;

    AccountOpportunities(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public String objectType() {
        return "account";
    }

    @Override
    public Uni<List<TimelineSubject>> related(UUID id) {
        if (!Permissions.allows(Caller.require(), opportunities.objectType(), Action.READ)) {
            return Uni.createFrom().item(List.of());
        }
        return opportunities.forAccounts(List.of(id)).map(found -> found.stream().map(OpportunityView::id)
                .map(opportunity -> new TimelineSubject(opportunities.objectType(), opportunity)).toList());
    }
}
