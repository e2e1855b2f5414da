package io.quintet.crm.platform.security;

import java.util.Set;

/** The CRM's built-in roles. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String SALES_MANAGER = "sales_manager";
    public static final String SALES_REP = "sales_rep";
    public static final String SUPPORT_AGENT = "support_agent";
    public static final String MARKETER = "marketer";
    public static final String READ_ONLY = "read_only";

    public static final Set<String> BUILT_IN = Set.of(ADMIN, SALES_MANAGER, SALES_REP, SUPPORT_AGENT, MARKETER,
            READ_ONLY);

    private Roles() {
    }
}
