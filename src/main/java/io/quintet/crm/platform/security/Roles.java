package io.quintet.crm.platform.security;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The CRM's built-in roles and what they grant when a tenant starts. Every tenant gets them; its
 * administrators may then change what the non-admin ones grant, and define roles of their own.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String SALES_MANAGER = "sales_manager";
    public static final String SALES_REP = "sales_rep";
    public static final String SUPPORT_AGENT = "support_agent";
    public static final String MARKETER = "marketer";
    public static final String READ_ONLY = "read_only";

    public static final Set<String> BUILT_IN = Set.of(ADMIN, SALES_MANAGER, SALES_REP, SUPPORT_AGENT, MARKETER,
            READ_ONLY);

    /** The CRM's records: object types with fields that roles may hide, and whose changes are events. */
    public static final List<String> RECORD_OBJECTS = List.of("account", "contact", "lead", "pipeline",
            "opportunity", "product", "price_book", "price_book_entry", "activity");

    /**
     * Object types a role can be granted actions on: the records and webhooks. Users, teams, roles,
     * integrations, sharing and sign-in settings stay with administrators.
     */
    public static final List<String> GRANTABLE_OBJECTS = Stream.concat(RECORD_OBJECTS.stream(), Stream.of("webhook"))
            .toList();

    private static final Set<Action> READ = EnumSet.of(Action.READ);
    private static final Set<Action> READ_EXPORT = EnumSet.of(Action.READ, Action.EXPORT);
    private static final Set<Action> EDIT = EnumSet.of(Action.READ, Action.CREATE, Action.UPDATE);
    private static final Set<Action> EDIT_DELETE_EXPORT = EnumSet.of(Action.READ, Action.CREATE, Action.UPDATE,
            Action.DELETE, Action.EXPORT);

    private Roles() {
    }

    /** What each built-in role grants in a new tenant; {@code admin} grants everything by definition. */
    public static Map<String, RoleDefinition> defaults() {
        Map<String, RoleDefinition> roles = new LinkedHashMap<>();
        roles.put(ADMIN, new RoleDefinition(ADMIN, Map.of(), Map.of()));
        roles.put(SALES_MANAGER, new RoleDefinition(SALES_MANAGER,
                Map.of("account", EDIT_DELETE_EXPORT, "contact", EDIT_DELETE_EXPORT, "lead", EDIT_DELETE_EXPORT,
                        "pipeline", EDIT_DELETE_EXPORT, "opportunity", EDIT_DELETE_EXPORT,
                        "product", EDIT_DELETE_EXPORT, "price_book", EDIT_DELETE_EXPORT,
                        "price_book_entry", EDIT_DELETE_EXPORT, "activity", EDIT_DELETE_EXPORT), Map.of()));
        roles.put(SALES_REP, new RoleDefinition(SALES_REP, Map.of("account", EDIT, "contact", EDIT, "lead", EDIT,
                "pipeline", READ, "opportunity", EDIT, "product", READ, "price_book", READ, "price_book_entry", READ,
                "activity", EDIT), Map.of()));
        // Support works cases, not deals: a customer's revenue is none of its business.
        roles.put(SUPPORT_AGENT, new RoleDefinition(SUPPORT_AGENT,
                Map.of("account", READ, "contact", EnumSet.of(Action.READ, Action.UPDATE), "lead", READ,
                        "pipeline", READ, "opportunity", READ, "product", READ, "price_book", READ,
                        "price_book_entry", READ, "activity", READ),
                Map.of("account", Map.of("annualRevenue", FieldAccess.HIDDEN))));
        roles.put(MARKETER, new RoleDefinition(MARKETER, Map.of("account", READ_EXPORT,
                "contact", EnumSet.of(Action.READ, Action.CREATE, Action.UPDATE, Action.EXPORT), "lead", EDIT,
                "pipeline", READ, "opportunity", READ, "product", READ, "price_book", READ, "price_book_entry", READ,
                "activity", READ), Map.of()));
        roles.put(READ_ONLY, new RoleDefinition(READ_ONLY, Map.of("account", READ, "contact", READ, "lead", READ,
                "pipeline", READ, "opportunity", READ, "product", READ, "price_book", READ, "price_book_entry", READ,
                "activity", READ), Map.of()));
        return roles;
    }
}
