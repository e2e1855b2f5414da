package io.quintet.crm.webhook;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    private static final String CLIENT = "client:";
    private static final String USER = "user:";

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
                    && !onOwnersSide(recordOwner(event.payload().path("data")))) {
                return null;
            }
            return EventRedaction.redact(event.payload(), owner.authority().fields(objectType));
        }

        /** A record without an owner is on nobody's side (and {@code Set.of().contains(null)} would throw). */
        private boolean onOwnersSide(UUID recordOwner) {
            return recordOwner != null && ownerSide.contains(recordOwner);
        }

        private static UUID recordOwner(JsonNode data) {
            JsonNode owner = data.path("record").path("ownerId");
            if (owner.isMissingNode()) {
                owner = data.path("previous").path("ownerId");
            }
            return owner.isTextual() ? UUID.fromString(owner.asText()) : null;
        }
    }

    /**
     * The audience of each subscriber, by subscription id: the owners' roles and scopes in one query, and per
     * tenant the (cached) role definitions and sharing defaults and, under a private default, the users'
     * owner sides in one query, so fan-out does a fixed number of statements however many subscriptions match.
     */
    Uni<Map<UUID, Audience>> of(List<Subscriber> subscribers) {
        if (subscribers.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Map<UUID, List<Subscriber>> byTenant = subscribers.stream().collect(Collectors.groupingBy(Subscriber::tenantId));
        return grants(subscribers).chain(grants -> {
            Map<UUID, Audience> audiences = new HashMap<>();
            Uni<Void> all = Uni.createFrom().voidItem();
            for (Map.Entry<UUID, List<Subscriber>> tenant : byTenant.entrySet()) {
                all = all.chain(() -> audiences(tenant.getKey(), tenant.getValue(), grants).invoke(audiences::putAll))
                        .replaceWithVoid();
            }
            return all.replaceWith(audiences);
        });
    }

    Uni<Audience> audience(Subscriber subscriber) {
        return of(List.of(subscriber)).map(audiences -> audiences.get(subscriber.id()));
    }

    private Uni<Map<UUID, Audience>> audiences(UUID tenantId, List<Subscriber> subscribers, Map<String, Caller> grants) {
        return roles.definitions(tenantId).chain(definitions -> sharing.defaults(tenantId).chain(defaults -> {
            Set<UUID> users = defaults.containsValue(Access.PRIVATE) ? subscribers.stream()
                    .filter(subscriber -> subscriber.owner().startsWith(USER))
                    .map(subscriber -> UUID.fromString(subscriber.owner().substring(USER.length())))
                    .collect(Collectors.toSet()) : Set.of();
            return sharing.ownerSides(tenantId, users).map(sides -> {
                Map<UUID, Audience> audiences = new HashMap<>();
                for (Subscriber subscriber : subscribers) {
                    Caller owner = grants.get(key(tenantId, subscriber.owner()));
                    if (owner == null) {
                        owner = caller(tenantId, subscriber.owner(), "", "");
                    }
                    Set<UUID> side = owner.actorType() == Caller.ActorType.USER
                            ? sides.getOrDefault(UUID.fromString(owner.principal()), Set.of()) : Set.of();
                    audiences.put(subscriber.id(), new Audience(owner.withAuthority(definitions), defaults, side));
                }
                return audiences;
            });
        }));
    }

    /** The roles and scopes of the subscriptions' active owners, keyed by tenant and owner. */
    private Uni<Map<String, Caller>> grants(List<Subscriber> subscribers) {
        List<Subscriber> clients = subscribers.stream().filter(s -> s.owner().startsWith(CLIENT)).toList();
        List<Subscriber> users = subscribers.stream().filter(s -> s.owner().startsWith(USER)).toList();
        return pool.preparedQuery("select c.tenant_id, 'client:' || c.client_id as owner, c.roles, c.scopes "
                + "from api_client c join unnest($1::uuid[], $2::text[]) as o (tenant_id, client_id) "
                + "on c.tenant_id = o.tenant_id and c.client_id = o.client_id where c.active "
                + "union all select u.tenant_id, 'user:' || u.id, u.roles, '' from crm_user u "
                + "join unnest($3::uuid[], $4::uuid[]) as o (tenant_id, id) on u.tenant_id = o.tenant_id "
                + "and u.id = o.id where u.active")
                .execute(Tuple.of(tenants(clients), clients.stream()
                        .map(s -> s.owner().substring(CLIENT.length())).toArray(String[]::new),
                        tenants(users), users.stream()
                                .map(s -> UUID.fromString(s.owner().substring(USER.length()))).toArray(UUID[]::new)))
                .map(rows -> {
                    Map<String, Caller> grants = new HashMap<>();
                    for (Row row : rows) {
                        UUID tenantId = row.getUUID("tenant_id");
                        String owner = row.getString("owner");
                        grants.put(key(tenantId, owner),
                                caller(tenantId, owner, row.getString("roles"), row.getString("scopes")));
                    }
                    return grants;
                });
    }

    private static UUID[] tenants(List<Subscriber> subscribers) {
        return subscribers.stream().map(Subscriber::tenantId).toArray(UUID[]::new);
    }

    private static String key(UUID tenantId, String owner) {
        return tenantId + "/" + owner;
    }

    /** An owner without its authority yet; one no longer active has no roles and so receives nothing. */
    private static Caller caller(UUID tenantId, String owner, String roles, String scopes) {
        boolean client = owner.startsWith(CLIENT);
        return new Caller(tenantId, owner.substring((client ? CLIENT : USER).length()),
                client ? Caller.ActorType.CLIENT : Caller.ActorType.USER, words(roles), words(scopes), false);
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(text.trim().split("\\s+")));
        words.remove("");
        return words;
    }
}
