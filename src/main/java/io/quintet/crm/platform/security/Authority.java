package io.quintet.crm.platform.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a caller may do, from the definitions of the roles it holds: the union of their grants, and
 * per field the most generous of their rules among the roles that may read the object (a field one
 * such role leaves open is open). Roles the tenant does not define grant nothing.
 */
public final class Authority {

    private final boolean admin;
    private final List<RoleDefinition> roles;
    private final Map<String, FieldPolicy> policies = new ConcurrentHashMap<>();

    private Authority(boolean admin, List<RoleDefinition> roles) {
        this.admin = admin;
        this.roles = roles;
    }

    public static Authority of(Set<String> roleNames, Map<String, RoleDefinition> definitions) {
        boolean admin = roleNames.contains(Roles.ADMIN);
        List<RoleDefinition> held = roleNames.stream().map(definitions::get).filter(role -> role != null).toList();
        return new Authority(admin, held);
    }

    public boolean allows(String objectType, Action action) {
        return admin || roles.stream().anyMatch(role -> role.allows(objectType, action));
    }

    /** The field rules that apply to the caller on the object type. */
    public FieldPolicy fields(String objectType) {
        return policies.computeIfAbsent(objectType, this::policy);
    }

    private FieldPolicy policy(String objectType) {
        if (admin) {
            return FieldPolicy.none(objectType);
        }
        List<RoleDefinition> readers = roles.stream().filter(role -> role.allows(objectType, Action.READ)).toList();
        if (readers.isEmpty()) {
            return FieldPolicy.none(objectType);
        }
        Set<String> ruled = new LinkedHashSet<>();
        readers.forEach(role -> ruled.addAll(role.fieldRules().getOrDefault(objectType, Map.of()).keySet()));
        Set<String> hidden = new LinkedHashSet<>();
        Set<String> readOnly = new LinkedHashSet<>();
        for (String field : ruled) {
            List<FieldAccess> rules = readers.stream().map(role -> role.ruleFor(objectType, field)).toList();
            if (rules.contains(null)) {
                continue;
            }
            if (rules.contains(FieldAccess.READ_ONLY)) {
                readOnly.add(field);
            } else {
                hidden.add(field);
            }
        }
        return new FieldPolicy(objectType, Set.copyOf(hidden), Set.copyOf(readOnly));
    }
}
