package io.quintet.crm.platform.timeline;

import java.util.Set;
import java.util.UUID;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * A feature that keeps something derived from the activities linked to its records (a lead's behaviour
 * score), told by the activities feature which of its records an activity write touched, inside that
 * write's transaction: what it derives commits or rolls back with the activity. An interface here lets
 * the activities feature call the feature without depending on it.
 */
public interface LinkedActivityListener {

    /** The object type whose records this listener follows, e.g. {@code lead}. */
    String objectType();

    /**
     * Activities linked (or no longer linked) to these records were created, changed or deleted; the
     * change is flushed, so queries in {@code session} see it.
     */
    Uni<Void> activitiesChanged(Mutiny.Session session, UUID tenantId, Set<UUID> recordIds);
}
