package io.quintet.crm.platform.timeline;

import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;

/**
 * Records whose events also belong on another record's timeline, e.g. an account's contacts. A
 * feature declares its relations as beans; the timeline asks those of the record's object type.
 */
public interface TimelineRelations {

    /** The object type whose timeline these relations extend, e.g. {@code account}. */
    String objectType();

    /** The related records the caller may see; none when the caller may not read their type. */
    Uni<List<TimelineSubject>> related(UUID id);
}
