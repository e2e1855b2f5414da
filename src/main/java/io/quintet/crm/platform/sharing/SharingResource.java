package io.quintet.crm.platform.sharing;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** The tenant's org-wide defaults: {@code {"account":"private","contact":"read"}}. */
@Path("/api/v1/sharing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class SharingResource {

    private final Sharing sharing;

    SharingResource(Sharing sharing) {
        this.sharing = sharing;
    }

    @GET
    @Operation(summary = "The tenant's org-wide default access per object")
    public Uni<Map<String, Access>> get() {
        return sharing.defaults(Caller.require().tenantId());
    }

    @PUT
    @Operation(summary = "Set org-wide defaults (administrators only)", description = "private, read or read_write "
            + "per object; objects left out keep theirs")
    public Uni<Map<String, Access>> put(Map<String, String> changes) {
        Caller.requireRole(Roles.ADMIN);
        if (changes == null || changes.isEmpty()) {
            throw ApiProblem.invalidField("body", "Name at least one object, e.g. {\"account\":\"private\"}");
        }
        Map<String, Access> parsed = new LinkedHashMap<>();
        changes.forEach((type, value) -> {
            try {
                parsed.put(type, Access.valueOf(String.valueOf(value).toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField(type, "must be private, read or read_write");
            }
        });
        return sharing.update(parsed);
    }
}
