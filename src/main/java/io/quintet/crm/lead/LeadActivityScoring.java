package io.quintet.crm.lead;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.platform.timeline.LinkedActivityListener;
import io.smallrye.mutiny.Uni;

/** Rescores leads whose activities changed, in the activity write's transaction, for the behaviour rules. */
@ApplicationScoped
class LeadActivityScoring implements LinkedActivityListener {

    private final LeadService leads;

    LeadActivityScoring(LeadService leads) {
        this.leads = leads;
    }

    @Override
    public String objectType() {
        return leads.objectType();
    }

    @Override
    public Uni<Void> activitiesChanged(Mutiny.Session session, UUID tenantId, Set<UUID> leadIds) {
        return leads.rescore(session, tenantId, leadIds);
    }
}
