package io.quintet.crm.platform.security;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.quintet.crm.platform.error.ApiProblem;

/**
 * Function-level authorization, in one place: which roles may do which action on which object
 * type, and for integrations which token scopes allow it. An integration's rights are the
 * intersection of its role's permissions and its token's scopes.
 */
public final class Permissions {

    private static final Set<Action> READ = EnumSet.of(Action.READ);
    private static final Set<Action> READ_EXPORT = EnumSet.of(Action.READ, Action.EXPORT);
    private static final Set<Action> EDIT = EnumSet.of(Action.READ, Action.CREATE, Action.UPDATE);
    private static final Set<Action> EDIT_DELETE_EXPORT = EnumSet.of(Action.READ, Action.CREATE, Action.UPDATE,
            Action.DELETE, Action.EXPORT);

    /** Built-in roles' grants per object type; object types not listed are granted to admins only. */
    private static final Map<String, Map<String, Set<Action>>> GRANTS = Map.of(
            Roles.SALES_MANAGER, Map.of("account", EDIT_DELETE_EXPORT, "contact", EDIT_DELETE_EXPORT),
            Roles.SALES_REP, Map.of("account", EDIT, "contact", EDIT),
            Roles.SUPPORT_AGENT, Map.of("account", READ, "contact", EnumSet.of(Action.READ, Action.UPDATE)),
            Roles.MARKETER, Map.of("account", READ_EXPORT, "contact", EnumSet.of(Action.READ, Action.CREATE,
                    Action.UPDATE, Action.EXPORT)),
            Roles.READ_ONLY, Map.of("account", READ, "contact", READ));

    private Permissions() {
    }

    /** Whether the caller may do the action on the object type. */
    public static boolean allows(Caller caller, String objectType, Action action) {
        boolean roleAllows = caller.roles().stream().anyMatch(role -> roleAllows(role, objectType, action));
        if (!roleAllows) {
            return false;
        }
        return caller.actorType() != Caller.ActorType.CLIENT || caller.scopes().contains(scopeFor(objectType, action));
    }

    /** The current caller may do the action, or a FORBIDDEN problem says what is missing. */
    public static void require(String objectType, Action action) {
        Caller caller = Caller.require();
        if (allows(caller, objectType, action)) {
            return;
        }
        String verb = action.name().toLowerCase();
        if (caller.roles().stream().anyMatch(role -> roleAllows(role, objectType, action))) {
            throw ApiProblem.forbidden("The token lacks the scope " + scopeFor(objectType, action) + " needed to "
                    + verb + " " + objectType + "s");
        }
        throw ApiProblem.forbidden("The role" + (caller.roles().size() == 1 ? " " : "s ") + String.join(", ",
                caller.roles()) + " may not " + verb + " " + objectType + "s");
    }

    /**
     * The scope an integration's token needs for the action: {@code accounts:read}, {@code contacts:write},
     * {@code webhooks:manage}.
     */
    public static String scopeFor(String objectType, Action action) {
        if (action == Action.MANAGE) {
            return objectType + "s:manage";
        }
        String kind = action == Action.READ || action == Action.EXPORT ? "read" : "write";
        return objectType + "s:" + kind;
    }

    private static boolean roleAllows(String role, String objectType, Action action) {
        if (Roles.ADMIN.equals(role)) {
            return true;
        }
        Map<String, Set<Action>> grants = GRANTS.get(role);
        return grants != null && grants.getOrDefault(objectType, Set.of()).contains(action);
    }
}
