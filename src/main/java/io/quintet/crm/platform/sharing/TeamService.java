package io.quintet.crm.platform.sharing;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.smallrye.mutiny.Uni;

/** Teams of the tenant; administrators only. Their manager sees what the members own. */
@ApplicationScoped
public class TeamService extends RecordService<Team, TeamInput, TeamView> {

    static final QueryFields FIELDS = QueryFields.of("team",
            QueryField.string("name", "e.name").sortable().build(),
            QueryField.uuid("managerId", "e.managerId").build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build());

    TeamService(RecordSupport support) {
        super(support, new RecordKind<>("team", Team.class, TeamInput.class, TeamView.class, FIELDS, "name",
                Team::new));
    }

    /** The manager and every member must be users of the tenant. */
    @Override
    protected Uni<Void> checkRules(Mutiny.Session session, TeamInput input, Team existing) {
        Set<UUID> users = new LinkedHashSet<>(input.memberIds() == null ? List.of() : input.memberIds());
        if (input.managerId() != null) {
            users.add(input.managerId());
        }
        if (users.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return session.createSelectionQuery("select id from CrmUser where id in :ids", UUID.class)
                .setParameter("ids", users).getResultList()
                .invoke(found -> {
                    Set<UUID> missing = new LinkedHashSet<>(users);
                    found.forEach(missing::remove);
                    if (!missing.isEmpty()) {
                        String field = missing.contains(input.managerId()) ? "managerId" : "memberIds";
                        throw ApiProblem.invalidField(field, "No user with id " + missing.iterator().next());
                    }
                })
                .replaceWithVoid();
    }

    @Override
    protected void apply(TeamInput input, Team team) {
        team.name = input.name().strip();
        team.managerId = input.managerId();
        team.memberIds = input.memberIds() == null ? new UUID[0]
                : new LinkedHashSet<>(input.memberIds()).toArray(UUID[]::new);
    }

    @Override
    protected TeamInput toInput(Team team) {
        return new TeamInput(team.name, team.managerId, Arrays.asList(team.memberIds));
    }

    @Override
    public TeamView toView(Team team) {
        return new TeamView(team.id, team.name, team.managerId, Arrays.asList(team.memberIds), team.createdAt,
                team.updatedAt, team.version);
    }
}
