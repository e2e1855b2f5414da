package io.quintet.crm.platform.security;

import java.util.Map;
import java.util.Set;

/**
 * What one role grants: actions per object type, and field rules per object type and field. The
 * {@code admin} role grants everything and has no field rules, whatever is stored.
 */
public record RoleDefinition(String name, Map<String, Set<Action>> permissions,
        Map<String, Map<String, FieldAccess>> fieldRules) {

    public boolean allows(String objectType, Action action) {
        return Roles.ADMIN.equals(name) || permissions.getOrDefault(objectType, Set.of()).contains(action);
    }

    /** The rule for a field, or null when the field is fully available. */
    public FieldAccess ruleFor(String objectType, String field) {
        return Roles.ADMIN.equals(name) ? null : fieldRules.getOrDefault(objectType, Map.of()).get(field);
    }
}
