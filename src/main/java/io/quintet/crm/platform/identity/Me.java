package io.quintet.crm.platform.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quintet.crm.platform.role.FieldRule;
import io.quintet.crm.platform.role.ObjectPermission;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.FieldAccess;
import io.quintet.crm.platform.security.FieldPolicy;
import io.quintet.crm.platform.security.Permissions;
import io.quintet.crm.platform.security.Roles;

/**
 * The caller as the CRM sees it: tenant, kind of principal (client or user), its id, roles and
 * scopes, and what it may do: the actions it may take per object type (for an integration, what
 * both its role and its token's scopes allow) and the fields hidden from it or read-only.
 */
public record Me(UUID tenantId, String actorType, String principal, Set<String> roles, Set<String> scopes,
        List<ObjectPermission> permissions, List<FieldRule> fieldRules) {

    public static Me current() {
        Caller caller = Caller.require();
        List<ObjectPermission> permissions = new ArrayList<>();
        List<FieldRule> fieldRules = new ArrayList<>();
        for (String objectType : Roles.GRANTABLE_OBJECTS) {
            Set<Action> actions = EnumSet.noneOf(Action.class);
            for (Action action : Action.values()) {
                if (Permissions.allows(caller, objectType, action)) {
                    actions.add(action);
                }
            }
            if (!actions.isEmpty()) {
                permissions.add(new ObjectPermission(objectType, List.copyOf(actions)));
            }
            FieldPolicy policy = caller.authority().fields(objectType);
            policy.hidden().stream().sorted()
                    .forEach(field -> fieldRules.add(new FieldRule(objectType, field, FieldAccess.HIDDEN)));
            policy.readOnly().stream().sorted()
                    .forEach(field -> fieldRules.add(new FieldRule(objectType, field, FieldAccess.READ_ONLY)));
        }
        return new Me(caller.tenantId(), caller.actorType().name().toLowerCase(), caller.principal(), caller.roles(),
                caller.scopes(), permissions, fieldRules);
    }
}
