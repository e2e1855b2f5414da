package io.quintet.crm.platform.timeline;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The query parameters of a REST timeline: {@code limit}, {@code cursor}, {@code kind}. */
public class TimelineParams {

    @RestQuery
    @Parameter(description = "Page size, 1-200 (default 50)")
    public String limit;

    @RestQuery
    @Parameter(description = "Opaque cursor from page.nextCursor of the previous page")
    public String cursor;

    @RestQuery
    @Parameter(description = "Kinds to show, comma-separated: activity, created, field_change, stage_change, "
            + "conversion (default all)")
    public String kind;
}
