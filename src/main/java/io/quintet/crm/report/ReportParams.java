package io.quintet.crm.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.model.Ids;

/** The query parameters of the REST reports; each report reads those it takes, a malformed one is a 400 naming it. */
public class ReportParams {

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

    @RestQuery
    @Parameter(description = "The first day, 2026-01-01 (UTC)")
    public String from;

    @RestQuery
    @Parameter(description = "The day after the last day, 2027-01-01 (UTC): the range is [from, to), at most 5 years")
    public String to;

    @RestQuery
    @Parameter(description = "month or quarter")
    public String period;

    ReportFilter filter() {
        return new ReportFilter(id("pipelineId", pipelineId), id("ownerId", ownerId), id("teamId", teamId));
    }

    LocalDate fromDay() {
        return ReportRange.day("from", from);
    }

    LocalDate toDay() {
        return ReportRange.day("to", to);
    }

    ReportPeriod reportPeriod() {
        if (period == null || period.isBlank()) {
            throw ApiProblem.invalidField("period", "period is required: month or quarter");
        }
        try {
            return ReportPeriod.valueOf(period.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("period", "'" + period + "' is not a period: month or quarter");
        }
    }

    private static UUID id(String parameter, String text) {
        return text == null || text.isBlank() ? null : Ids.parse(parameter, text.strip());
    }
}
