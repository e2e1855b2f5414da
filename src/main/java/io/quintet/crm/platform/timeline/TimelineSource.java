package io.quintet.crm.platform.timeline;

import java.util.List;
import java.util.Set;

import io.smallrye.mutiny.Uni;

/**
 * Where timeline items come from (the audit log, activities, …). Each source answers the newest
 * items before a position on its own; the timeline merges them, so a new source needs no change there.
 */
public interface TimelineSource {

    /** The kinds of items this source yields. */
    Set<TimelineKind> kinds();

    /**
     * At most {@code query.limit()} items of the subjects, of the wanted kinds, that the caller may see,
     * newest first by {@code (occurredAt, id)} and strictly before {@code query.before()} when given.
     */
    Uni<List<TimelineItem>> items(TimelineQuery query);
}
