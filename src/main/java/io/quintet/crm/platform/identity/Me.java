package io.quintet.crm.platform.identity;

import java.util.Set;
import java.util.UUID;

import io.quintet.crm.platform.security.Caller;

/** The caller as the CRM sees it: tenant, kind of principal (client or user), its id, roles and scopes. */
public record Me(UUID tenantId, String actorType, String principal, Set<String> roles, Set<String> scopes) {

    public static Me current() {
        Caller caller = Caller.require();
        return new Me(caller.tenantId(), caller.actorType().name().toLowerCase(), caller.principal(), caller.roles(),
                caller.scopes());
    }
}
