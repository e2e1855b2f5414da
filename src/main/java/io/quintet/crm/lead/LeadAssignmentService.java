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
 * A tenant's lead assignment rules, and their application to a lead created without an owner. Round robin
 * keeps each team's next turn in {@code lead_round_robin}, advanced in the transaction that inserts the
 * lead: the row lock serializes concurrent creates, so each turn goes to exactly one lead and members
 * (active users, in id order) get leads in strict rotation.
 */
@ApplicationScoped
public class LeadAssignmentService {

    private final LeadJson json;
    private final InputValidator validator;

    LeadAssignmentService(LeadJson json, InputValidator validator) {
        this.json = json;
        this.validator = validator;
    }

    public Uni<LeadAssignmentRules> get() {
        Permissions.require("lead", Action.READ);
        return Panache.withSession(() -> Panache.getSession().chain(this::current));
    }

    public Uni<LeadAssignmentRules> replace(LeadAssignmentRules rules) {
        Caller.requireRole(Roles.ADMIN);
        if (rules == null) {
            throw ApiProblem.validation("A JSON body with the rules is required", List.of());
        }
        validator.validate(rules);
        for (int i = 0; i < rules.territories().size(); i++) {
            LeadAssignmentRules.Territory territory = rules.territories().get(i);
            if ((territory.userId() == null) == (territory.teamId() == null)) {
                throw ApiProblem.invalidField("territories[" + i + "].userId",
                        "A territory goes to exactly one of userId or teamId");
            }
            if (territory.minCompanySize() != null && territory.maxCompanySize() != null
                    && territory.minCompanySize() > territory.maxCompanySize()) {
                throw ApiProblem.invalidField("territories[" + i + "].maxCompanySize",
                        "maxCompanySize must not be below minCompanySize");
            }
        }
        UUID tenant = TenantContext.require();
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> checkReferences(session, rules)
                .chain(() -> session.createNativeQuery("insert into lead_assignment (tenant_id, rules, version, updated_at) "
                        + "values (:tenant, cast(cast(:rules as text) as jsonb), 1, :now) on conflict (tenant_id) do update "
                        + "set rules = excluded.rules, version = lead_assignment.version + 1, updated_at = excluded.updated_at")
                        .setParameter("tenant", tenant).setParameter("rules", json.write(rules))
                        .setParameter("now", Instant.now()).executeUpdate())
                .replaceWith(rules)));
    }

    /** Sets the owner of a new lead that has none, when a rule gives one. */
    Uni<Void> assign(Mutiny.Session session, Lead lead) {
        return current(session).chain(rules -> {
            LeadAssignmentRules.Territory territory = rules.territories().stream().filter(t -> t.matches(lead))
                    .findFirst().orElse(null);
            if (territory != null && territory.userId() != null) {
                lead.ownerId = territory.userId();
                return Uni.createFrom().voidItem();
            }
            UUID team = territory != null ? territory.teamId() : rules.roundRobinTeamId();
            if (team == null) {
                return Uni.createFrom().voidItem();
            }
            return nextMember(session, team).invoke(member -> {
                if (member != null) {
                    lead.ownerId = member;
                }
            }).replaceWithVoid();
        });
    }

    private Uni<UUID> nextMember(Mutiny.Session session, UUID team) {
        UUID tenant = TenantContext.require();
        return session.createNativeQuery("select u.id from team t join crm_user u on u.tenant_id = t.tenant_id "
                + "and u.id = any(t.member_ids) where t.tenant_id = :tenant and t.id = :team and u.active order by u.id",
                UUID.class)
                .setParameter("tenant", tenant).setParameter("team", team)
                .getResultList()
                .chain(members -> members.isEmpty() ? Uni.createFrom().<UUID>nullItem()
                        : session.createNativeQuery("insert into lead_round_robin (tenant_id, team_id, next_turn) "
                                + "values (:tenant, :team, 1) on conflict (tenant_id, team_id) do update "
                                + "set next_turn = lead_round_robin.next_turn + 1")
                                .setParameter("tenant", tenant).setParameter("team", team).executeUpdate()
                                .chain(() -> session.createNativeQuery("select next_turn from lead_round_robin "
                                        + "where tenant_id = :tenant and team_id = :team", Long.class)
                                        .setParameter("tenant", tenant).setParameter("team", team).getSingleResult())
                                .map(next -> members.get((int) Math.floorMod(next - 1, (long) members.size()))));
    }

    private Uni<LeadAssignmentRules> current(Mutiny.Session session) {
        return session.createNativeQuery("select cast(rules as text) from lead_assignment where tenant_id = :tenant",
                String.class)
                .setParameter("tenant", TenantContext.require())
                .getResultList()
                .map(rows -> rows.isEmpty() ? LeadAssignmentRules.none()
                        : json.read(rows.get(0), LeadAssignmentRules.class));
    }

    private Uni<Void> checkReferences(Mutiny.Session session, LeadAssignmentRules rules) {
        Uni<Void> checks = rules.roundRobinTeamId() == null ? Uni.createFrom().voidItem()
                : exists(session, "team", rules.roundRobinTeamId(), "roundRobinTeamId");
        for (int i = 0; i < rules.territories().size(); i++) {
            LeadAssignmentRules.Territory territory = rules.territories().get(i);
            String at = "territories[" + i + "].";
            checks = checks.chain(() -> territory.userId() != null
                    ? exists(session, "crm_user", territory.userId(), at + "userId")
                    : exists(session, "team", territory.teamId(), at + "teamId"));
        }
        return checks;
    }

    private Uni<Void> exists(Mutiny.Session session, String table, UUID id, String field) {
        String activeOnly = "crm_user".equals(table) ? " and active" : "";
        return session.createNativeQuery("select count(*) from " + table + " where tenant_id = :tenant and id = :id"
                + activeOnly, Long.class)
                .setParameter("tenant", TenantContext.require()).setParameter("id", id)
                .getSingleResult()
                .invoke(count -> {
                    if (count == 0) {
                        throw ApiProblem.invalidField(field, "No " + ("team".equals(table) ? "team" : "active user")
                                + " with id " + id);
                    }
                })
                .replaceWithVoid();
    }
}
