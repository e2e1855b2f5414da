package io.quintet.crm.platform.security;

import io.quintet.crm.platform.error.ApiProblem;

/**
 * Function-level authorization, in one place: whether the caller's roles (as its tenant defines
 * them) grant an action on an object type, and for integrations whether the token's scopes allow
 * it too. An integration's rights are the intersection of its role's permissions and its token's scopes.
 */
public final class Permissions {

    private Permissions() {
    }

    /** Whether the caller may do the action on the object type. */
    public static boolean allows(Caller caller, String objectType, Action action) {
        if (!caller.authority().allows(objectType, action)) {
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
        if (caller.authority().allows(objectType, action)) {
            throw ApiProblem.forbidden("The token lacks the scope " + scopeFor(objectType, action) + " needed to "
                    + verb + " " + plural(objectType));
        }
        throw ApiProblem.forbidden("The role" + (caller.roles().size() == 1 ? " " : "s ") + String.join(", ",
                caller.roles()) + " may not " + verb + " " + plural(objectType));
    }

    /**
     * The scope an integration's token needs for the action: {@code accounts:read}, {@code contacts:write},
     * {@code webhooks:manage}.
     */
    public static String scopeFor(String objectType, Action action) {
        String kind = switch (action) {
            case READ, EXPORT -> "read";
            case MANAGE -> "manage";
            default -> "write";
        };
        return plural(objectType) + ":" + kind;
    }

    /** The collection name of an object type: {@code account} → {@code accounts}, {@code opportunity} → {@code opportunities}. */
    private static String plural(String objectType) {
        return objectType.endsWith("y") ? objectType.substring(0, objectType.length() - 1) + "ies" : objectType + "s";
    }
}
