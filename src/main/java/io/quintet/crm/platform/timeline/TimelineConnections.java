package io.quintet.crm.platform.timeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quintet.crm.platform.crud.ListQuery;
import io.quintet.crm.platform.graphql.GraphQLSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The GraphQL {@code timeline} field of any record type, for its batch resolver. Each record's timeline is
 * its own page (its own cursor), so a batch reads them one record after another rather than in one statement.
 */
@ApplicationScoped
public class TimelineConnections {

    /** The field's description, shared by every type that has one. */
    public static final String DESCRIPTION = "Activities and audited changes, newest first; kinds narrows them";

    private final Timeline timeline;
    private final GraphQLSupport graphql;

    TimelineConnections(Timeline timeline, GraphQLSupport graphql) {
        this.timeline = timeline;
        this.graphql = graphql;
    }

    /** One connection per id, in the ids' order: the first page after {@code after}, of the kinds given (or all). */
    public Uni<List<TimelineConnection>> of(String objectType, List<UUID> ids, Integer first, String after,
            List<TimelineKind> kinds) {
        ListQuery page = graphql.listQuery(first, after, null, null);
        Set<TimelineKind> wanted = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(TimelineKind.class)
                : EnumSet.copyOf(kinds);
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> timeline.page(objectType, id, wanted, page.limit(),
                        page.cursor()))
                .map(found -> new TimelineConnection(found.items().stream().map(TimelineConnection.Edge::new).toList(),
                        GraphQLSupport.pageInfo(found)))
                .collect().asList();
    }
}
