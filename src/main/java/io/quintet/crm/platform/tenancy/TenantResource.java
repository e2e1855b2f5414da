package io.quintet.crm.platform.tenancy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.DatabaseErrors;
import io.quintet.crm.platform.security.ApiClientService;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.validation.InputValidator;
import io.smallrye.mutiny.Uni;

/**
 * Tenant administration, for the platform administrator only (the default tenant's bootstrap
 * client): create a tenant with its first admin client, list tenants.
 */
@Path("/api/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants")
public class TenantResource {

    private final ApiClientService clients;
    private final InputValidator validator;

    TenantResource(ApiClientService clients, InputValidator validator) {
        this.clients = clients;
        this.validator = validator;
    }

    /** A new tenant's name and URL-safe slug. */
    public record TenantInput(
            @NotBlank @Size(max = 255) String name,
            @NotBlank @Size(max = 63) @Pattern(regexp = "[a-z0-9]([a-z0-9-]*[a-z0-9])?",
                    message = "must be lower-case letters, digits and inner hyphens") String slug) {
    }

    /** A tenant; {@code adminClient} only in the create response, the one time its secret is shown. */
    public record TenantView(UUID id, String name, String slug, Instant createdAt,
            ApiClientService.NewClient adminClient) {
    }

    @POST
    @Operation(summary = "Create a tenant and its first admin client (platform administrator only)")
    public Uni<Response> create(TenantInput input, @Context UriInfo uri) {
        return requirePlatformAdmin().chain(() -> createTenant(input, uri));
    }

    private Uni<Response> createTenant(TenantInput input, UriInfo uri) {
        if (input == null) {
            throw ApiProblem.validation("A JSON request body is required", List.of());
        }
        validator.validate(input);
        Tenant tenant = new Tenant();
        tenant.id = UUID.randomUUID();
        tenant.name = input.name().strip();
        tenant.slug = input.slug();
        tenant.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery("select count(*) from Tenant where slug = :slug", Long.class)
                .setParameter("slug", tenant.slug).getSingleResult()
                .chain(count -> {
                    if (count > 0) {
                        throw ApiProblem.conflict("A tenant with the slug '" + tenant.slug + "' already exists");
                    }
                    return session.persist(tenant).chain(session::flush);
                })
                .chain(() -> clients.createAdmin(session, tenant.id, tenant.name + " administrator"))))
                .onFailure().transform(DatabaseErrors::asClientError)
                .map(admin -> Response.created(uri.getAbsolutePathBuilder().path(tenant.id.toString()).build())
                        .entity(new TenantView(tenant.id, tenant.name, tenant.slug, tenant.createdAt, admin)).build());
    }

    @GET
    @Operation(summary = "List tenants (platform administrator only)")
    public Uni<List<TenantView>> list() {
        return requirePlatformAdmin().chain(() -> Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createSelectionQuery("from Tenant order by createdAt, id", Tenant.class).getResultList()))
                .map(tenants -> tenants.stream()
                        .map(t -> new TenantView(t.id, t.name, t.slug, t.createdAt, null)).toList()));
    }

    /** Fails with 403 unless the caller is the platform administrator. */
    private static Uni<Void> requirePlatformAdmin() {
        if (!Caller.require().platformAdmin()) {
            return Uni.createFrom().failure(ApiProblem.forbidden("Only the platform administrator may manage tenants"));
        }
        return Uni.createFrom().voidItem();
    }
}
