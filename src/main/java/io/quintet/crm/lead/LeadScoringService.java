package io.quintet.crm.lead;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Permissions;
import io.quintet.crm.platform.security.Roles;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.quintet.crm.platform.validation.InputValidator;
import io.smallrye.mutiny.Uni;

/**
 * A tenant's lead scoring rules: read by anyone who may read leads, changed by administrators. A change
 * bumps the rules' version; {@link LeadRescoring} then rescores every lead scored with an older one.
 */
@ApplicationScoped
public class LeadScoringService {

    private final LeadJson json;
    private final InputValidator validator;
    private final LeadRescoring rescoring;

    LeadScoringService(LeadJson json, InputValidator validator, LeadRescoring rescoring) {
        this.json = json;
        this.validator = validator;
        this.rescoring = rescoring;
    }

    /** Rules in force, with their version (0 while the tenant has set none). */
    record Current(LeadScoringRules rules, long version) {
    }

    public Uni<LeadScoringRules.View> get() {
        Permissions.require("lead", Action.READ);
        return Panache.withSession(() -> Panache.getSession().chain(this::current)).map(LeadScoringService::view);
    }

    public Uni<LeadScoringRules.View> replace(LeadScoringRules rules) {
        Caller.requireRole(Roles.ADMIN);
        if (rules == null) {
            throw ApiProblem.validation("A JSON body with the rules is required",
                    List.of());
        }
        validator.validate(rules);
        LeadScorer.validate(rules);
        UUID tenant = TenantContext.require();
        String text = json.write(rules);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                "insert into lead_scoring (tenant_id, rules, version, updated_at) "
                        + "values (:tenant, cast(cast(:rules as text) as jsonb), 1, :now) "
                        + "on conflict (tenant_id) do update set rules = excluded.rules, "
                        + "version = lead_scoring.version + 1, updated_at = excluded.updated_at")
                .setParameter("tenant", tenant).setParameter("rules", text).setParameter("now", Instant.now())
                .executeUpdate()
                .chain(() -> current(session))))
                .invoke(rescoring::wake)
                .map(LeadScoringService::view);
    }

    /** The rules in force in the session's tenant. */
    Uni<Current> current(Mutiny.Session session) {
        return session.createNativeQuery("select cast(rules as text), version from lead_scoring where tenant_id = :tenant",
                Object[].class)
                .setParameter("tenant", TenantContext.require())
                .getResultList()
                .map(rows -> rows.isEmpty() ? new Current(LeadScoringRules.none(), 0)
                        : new Current(json.read((String) rows.get(0)[0], LeadScoringRules.class), ((Number) rows.get(0)[1]).longValue()));
    }

    private static LeadScoringRules.View view(Current current) {
        return new LeadScoringRules.View(current.rules().attributeRules(), current.rules().behaviourRules(),
                current.rules().decayHalfLifeDays(), current.version());
    }
}
