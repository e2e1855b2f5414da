package io.quintet.crm.platform.security;

import java.util.List;

/** The scopes an integration's token can carry. */
public final class Scopes {

    /** Every scope, granted to a tenant's admin client. */
    public static final List<String> ALL = List.of(
            "accounts:read", "accounts:write", "contacts:read", "contacts:write", "users:read", "users:write",
            "leads:read", "leads:write",
            "teams:read", "teams:write", "roles:read", "roles:write", "webhooks:manage",
            "pipelines:read", "pipelines:write", "opportunities:read", "opportunities:write", "products:read",
            "products:write", "price_books:read", "price_books:write", "price_book_entries:read",
            "price_book_entries:write", "activities:read", "activities:write");

    private Scopes() {
    }
}
