package io.quintet.crm.platform.sharing;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** GraphQL API of the tenant's org-wide defaults, the same service as {@code /api/v1/sharing}. */
@GraphQLApi
public class SharingGraphQL {

    private final Sharing sharing;

    SharingGraphQL(Sharing sharing) {
        this.sharing = sharing;
    }

    /** One object type's org-wide default. */
    @Type("SharingDefault")
    public record SharingDefault(@NonNull String objectType, @NonNull Access access) {
    }

    @Query("sharingDefaults")
    @Description("The tenant's org-wide default access per object type (account, contact)")
    public Uni<List<@NonNull SharingDefault>> sharingDefaults() {
        return sharing.defaults(Caller.require().tenantId()).map(SharingGraphQL::asList);
    }

    @Mutation("setSharingDefault")
    @Description("Set one object type's org-wide default (administrators only); answers every default")
    public Uni<List<@NonNull SharingDefault>> setSharingDefault(@NonNull String objectType, @NonNull Access access) {
        Caller.requireRole(Roles.ADMIN);
        return sharing.update(Map.of(objectType, access)).map(SharingGraphQL::asList);
    }

    private static List<SharingDefault> asList(Map<String, Access> defaults) {
        return defaults.entrySet().stream().map(entry -> new SharingDefault(entry.getKey(), entry.getValue())).toList();
    }
}
