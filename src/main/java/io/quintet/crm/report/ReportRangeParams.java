package io.quintet.crm.report;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The range query parameters of the REST reports over a period; a malformed day is a 400 naming its parameter. */
public class ReportRangeParams {

    @RestQuery
    @Parameter(description = "The first day, 2026-01-01 (UTC); required")
    public String from;

    @RestQuery
    @Parameter(description = "The day after the last day, 2027-01-01 (UTC); required: the range is [from, to), at "
            + "most 5 years")
    public String to;

    LocalDate fromDay() {
        return ReportRange.day("from", from);
    }

    LocalDate toDay() {
        return ReportRange.day("to", to);
    }
}
