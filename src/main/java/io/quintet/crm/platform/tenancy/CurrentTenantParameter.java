package io.quintet.crm.platform.tenancy;

import java.util.UUID;
import java.util.function.Supplier;

/** Feeds the tenant filter's parameter from the current request; Hibernate calls it per query. */
public class CurrentTenantParameter implements Supplier<UUID> {

    @Override
    public UUID get() {
        return TenantContext.require();
    }
}
