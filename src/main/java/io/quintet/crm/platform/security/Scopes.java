package io.quintet.crm.platform.security;

import java.util.List;

/** The scopes an integration's token can carry. */
public final class Scopes {

    /** Every scope, granted to a tenant's admin client. */
    public static final List<String> ALL = List.of(
            "accounts:read", "accounts:write", "contacts:read", "contacts:write", "activities:read", "activities:write",
            "users:read", "users:write",
            "teams:read", "teams:write", "roles:read", "roles:write", "webhooks:manage");

    private Scopes() {
    }
}
