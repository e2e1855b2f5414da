package io.quintet.crm.platform.timeline;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quintet.crm.platform.query.FieldSelection;
import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.rest.ListParams;
import io.quintet.crm.platform.rest.RestResponses;
import io.smallrye.mutiny.Uni;

/** The REST timeline of a record, {@code GET /api/v1/<records>/{id}/timeline}, for any record resource. */
@ApplicationScoped
public class TimelineEndpoints {

    private static final Set<String> FIELDS = FieldSelection.fieldsOf(TimelineItem.class);

    private final Timeline timeline;
    private final RestResponses responses;
    private final CrmConfig config;

    TimelineEndpoints(Timeline timeline, RestResponses responses, CrmConfig config) {
        this.timeline = timeline;
        this.responses = responses;
        this.config = config;
    }

    /** {@code {"data":[…],"page":{…}}} of the record's timeline, newest first. */
    public Uni<Response> get(String objectType, UUID id, TimelineParams params, UriInfo uri) {
        int limit = ListParams.limit(params.limit, config.lists());
        return timeline.page(objectType, id, Timeline.kinds(params.kind), limit, params.cursor)
                .map(page -> responses.page(page, uri, FIELDS));
    }
}
