package io.quintet.crm.webhook;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.quintet.crm.platform.role.RoleCatalog;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.EventRedaction;
import io.quintet.crm.platform.security.Permissions;
import io.quintet.crm.platform.security.Roles;
import io.quintet.crm.platform.sharing.Access;
import io.quintet.crm.platform.sharing.Sharing;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What each subscription's owner may receive, decided as the owner would be answered in the APIs:
 * events of records its role (and, for an integration, its token scopes) may read and whose owner's
 * side it is on under a {@code private} default, with the fields its role hides removed.
 */
@ApplicationScoped
class Audiences {

    private final Pool pool;
    private final RoleCatalog roles;
    private final Sharing sharing;

    Audiences(Pool pool, RoleCatalog roles, Sharing sharing) {
        this.pool = pool;
        this.roles = roles;
        this.sharing = sharing;
    }

    /** An owner as the event filter sees it. */
    record Audience(Caller owner, Map<String, Access> defaults, Set<UUID> ownerSide) {

        /** The event as this owner may receive it, or null when it may not receive it at all. */
        JsonNode payloadFor(Subscriber.Event event) {
            String objectType = event.objectType();
            if (!Roles.RECORD_OBJECTS.contains(objectType)) {
                return event.payload();
            }
            if (!Permissions.allows(owner, objectType, Action.READ)) {
                return null;
            }
            if (!owner.hasRole(Roles.ADMIN) && defaults.get(objectType) == Access.PRIVATE
                    && !ownerSide.contains(recordOwner(event.payload().path("data")))) {
                return null;
            }
            return EventRedaction.redact(event.payload(), owner.authority().fields(objectType));
        }

        private static UUID recordOwner(JsonNode data) {
            JsonNode owner = data.path("record").path("ownerId");
            if (owner.isMissingNode()) {
                owner = data.path("previous").path("ownerId");
            }
            return owner.isTextual() ? UUID.fromString(owner.asText()) : null;
        }
    }

    /** The audience of each subscriber, by subscription id. */
    Uni<Map<UUID, Audience>> of(List<Subscriber> subscribers) {
        Map<UUID, Audience> audiences = new HashMap<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Subscriber subscriber : subscribers) {
            all = all.chain(() -> audience(subscriber).invoke(audience -> audiences.put(subscriber.id(), audience)))
                    .replaceWithVoid();
        }
        return all.replaceWith(audiences);
    }

    Uni<Audience> audience(Subscriber subscriber) {
        String[] owner = subscriber.owner().split(":", 2);
        boolean client = owner[0].equals("client");
        String sql = client ? "select roles, scopes from api_client where tenant_id = $1 and client_id = $2 and active"
                : "select roles, '' as scopes from crm_user where tenant_id = $1 and id::text = $2 and active";
        return pool.preparedQuery(sql).execute(Tuple.of(subscriber.tenantId(), owner[1]))
                .chain(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    Caller caller = new Caller(subscriber.tenantId(), owner[1],
                            client ? Caller.ActorType.CLIENT : Caller.ActorType.USER,
                            words(row == null ? "" : row.getString("roles")),
                            words(row == null ? "" : row.getString("scopes")), false);
                    return roles.definitions(subscriber.tenantId()).map(caller::withAuthority);
                })
                .chain(caller -> sharing.defaults(subscriber.tenantId()).chain(defaults -> {
                    boolean needsSide = !client && defaults.containsValue(Access.PRIVATE);
                    Uni<Set<UUID>> side = needsSide ? sharing.ownerSide(subscriber.tenantId(), UUID.fromString(owner[1]))
                            : Uni.createFrom().item(Set.of());
                    return side.map(ownerSide -> new Audience(caller, defaults, ownerSide));
                }));
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(text.trim().split("\\s+")));
        words.remove("");
        return words;
    }
}
