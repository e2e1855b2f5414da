package io.quintet.crm.platform.tenancy;

import java.util.Optional;
import java.util.UUID;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The tenant of the work in progress, kept on the Vert.x duplicated context that carries one
 * request (or one background job) through every reactive step.
 */
public final class TenantContext {

    private static final String KEY = "crm.tenant";

    private TenantContext() {
    }

    public static void set(UUID tenantId) {
        ContextLocals.put(KEY, tenantId);
    }

    public static Optional<UUID> current() {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return Optional.empty();
        }
        return ContextLocals.get(KEY);
    }

    /** Fails closed: data access without a tenant is a programming error, never "all tenants". */
    public static UUID require() {
        return current().orElseThrow(() -> new IllegalStateException("No tenant in the current context"));
    }
}
