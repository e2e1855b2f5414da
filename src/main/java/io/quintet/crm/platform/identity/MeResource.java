package io.quintet.crm.platform.identity;

import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quintet.crm.platform.security.Caller;
import io.smallrye.mutiny.Uni;

/** Who the caller is, as the CRM sees it. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {

    /** The caller: tenant, kind of principal (client or user), its id, roles and scopes. */
    public record Me(UUID tenantId, String actorType, String principal, Set<String> roles, Set<String> scopes) {
    }

    @GET
    @Operation(summary = "Who am I")
    public Uni<Me> me() {
        Caller caller = Caller.require();
        return Uni.createFrom().item(new Me(caller.tenantId(), caller.actorType().name().toLowerCase(),
                caller.principal(), caller.roles(), caller.scopes()));
    }
}
