package io.quintet.crm.report;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The narrowing query parameters of the REST opportunity reports; a malformed id is a 400 naming its parameter. */
public class ReportFilterParams {

    @RestQuery
    @Parameter(description = "A pipeline's id (pipeline-by-stage: the default pipeline when omitted; others: all "
            + "pipelines)")
    public String pipelineId;

    @RestQuery
    @Parameter(description = "Only records owned by this user")
    public String ownerId;

    @RestQuery
    @Parameter(description = "Only records owned by the team's manager, its members, and the members of the teams "
            + "they manage, down the tree")
    public String teamId;

    ReportFilter filter() {
        return new ReportFilter(ReportFilter.id("pipelineId", pipelineId), ReportFilter.id("ownerId", ownerId),
                ReportFilter.id("teamId", teamId));
    }
}
