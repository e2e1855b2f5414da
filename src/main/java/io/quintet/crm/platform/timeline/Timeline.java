package io.quintet.crm.platform.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quintet.crm.platform.crud.Page;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.query.Cursor;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.quintet.crm.platform.query.SortSpec;
import io.quintet.crm.platform.security.SigningKeys;
import io.smallrye.mutiny.Uni;

/**
 * A record's timeline, for any object type with a {@link RecordService}: what every
 * {@link TimelineSource} knows of the record and of its related records ({@link TimelineRelations}),
 * newest first, a page at a time behind signed cursors. The caller must be able to read the record.
 */
@ApplicationScoped
public class Timeline {

    private static final QueryFields ORDER_FIELDS = QueryFields.of("timeline",
            QueryField.timestamp("occurredAt", "occurredAt").sortable().build());
    private static final SortSpec ORDER = SortSpec.parse("-occurredAt,-id", ORDER_FIELDS);

    /** Newest first; ids compared as PostgreSQL compares uuids (bytewise, unsigned), ties broken alike. */
    private static final Comparator<TimelineItem> NEWEST_FIRST = Comparator.comparing(TimelineItem::occurredAt)
            .thenComparing(TimelineItem::id, Timeline::compareUuids).reversed();

    private final Instance<RecordService<?, ?, ?>> services;
    private final Instance<TimelineSource> sources;
    private final Instance<TimelineRelations> relations;
    private final SigningKeys keys;

    Timeline(Instance<RecordService<?, ?, ?>> services, Instance<TimelineSource> sources,
            Instance<TimelineRelations> relations, SigningKeys keys) {
        this.services = services;
        this.sources = sources;
        this.relations = relations;
        this.keys = keys;
    }

    /**
     * One page of the timeline of a record.
     *
     * @param kinds the kinds to show; all when empty
     * @param cursor the previous page's {@code nextCursor}, or null for the newest items
     */
    public Uni<Page<TimelineItem>> page(String objectType, UUID id, Set<TimelineKind> kinds, int limit, String cursor) {
        RecordService<?, ?, ?> service = serviceFor(objectType);
        TimelineQuery.Position before = position(cursor);
        Set<TimelineKind> wanted = kinds.isEmpty() ? EnumSet.allOf(TimelineKind.class) : kinds;
        return service.get(id)
                .chain(ignored -> subjects(objectType, id))
                .chain(subjects -> collect(new TimelineQuery(subjects, wanted, before, limit + 1)))
                .map(items -> {
                    items.sort(NEWEST_FIRST);
                    if (items.size() <= limit) {
                        return new Page<>(items, null);
                    }
                    List<TimelineItem> page = items.subList(0, limit);
                    TimelineItem last = page.get(limit - 1);
                    return new Page<>(List.copyOf(page), Cursor.encode(ORDER,
                            List.of(last.occurredAt(), last.id()), keys.current().cursorSecret()));
                });
    }

    /** Parses a kind list such as {@code activity,field_change}; an unknown kind is a 400. */
    public static Set<TimelineKind> kinds(String list) {
        Set<TimelineKind> kinds = EnumSet.noneOf(TimelineKind.class);
        if (list == null || list.isBlank()) {
            return kinds;
        }
        for (String name : list.split(",")) {
            try {
                kinds.add(TimelineKind.valueOf(name.strip().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalidField("kind", "Unknown kind '" + name.strip() + "'; kinds: "
                        + String.join(", ", EnumSet.allOf(TimelineKind.class).stream()
                                .map(kind -> kind.name().toLowerCase()).toList()));
            }
        }
        return kinds;
    }

    private RecordService<?, ?, ?> serviceFor(String objectType) {
        for (RecordService<?, ?, ?> service : services) {
            if (service.objectType().equals(objectType)) {
                return service;
            }
        }
        throw new IllegalArgumentException("No record service for " + objectType);
    }

    private TimelineQuery.Position position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        List<Object> values = Cursor.decode(cursor, ORDER, keys.current().cursorSecret());
        return new TimelineQuery.Position((Instant) values.get(0), (UUID) values.get(1));
    }

    private Uni<List<TimelineSubject>> subjects(String objectType, UUID id) {
        List<TimelineSubject> subjects = new ArrayList<>(List.of(new TimelineSubject(objectType, id)));
        Uni<Void> all = Uni.createFrom().voidItem();
        for (TimelineRelations relation : relations) {
            if (relation.objectType().equals(objectType)) {
                all = all.chain(() -> relation.related(id).invoke(subjects::addAll).replaceWithVoid());
            }
        }
        return all.replaceWith(subjects);
    }

    private Uni<List<TimelineItem>> collect(TimelineQuery query) {
        List<TimelineItem> items = new ArrayList<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (TimelineSource source : sources) {
            if (source.kinds().stream().anyMatch(query.kinds()::contains)) {
                all = all.chain(() -> source.items(query).invoke(items::addAll).replaceWithVoid());
            }
        }
        return all.replaceWith(items);
    }

    private static int compareUuids(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
