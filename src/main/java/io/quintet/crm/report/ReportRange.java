package io.quintet.crm.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.quintet.crm.platform.error.ApiProblem;

/**
 * The half-open range of days [from, to) a report covers, in UTC. {@code to} must come after {@code from}, and the
 * range may span at most {@value #MAX_YEARS} years, which bounds the work of one report.
 */
record ReportRange(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 5;

    /** A checked range; a missing, reversed or too long one is a VALIDATION problem naming {@code from} or {@code to}. */
    static ReportRange of(LocalDate from, LocalDate to) {
        if (from == null) {
            throw ApiProblem.invalidField("from", "from is required: the first day of the report, e.g. 2026-01-01");
        }
        if (to == null) {
            throw ApiProblem.invalidField("to", "to is required: the day after the report's last day, e.g. 2027-01-01");
        }
        if (!to.isAfter(from)) {
            throw ApiProblem.invalidField("to", "to (" + to + ") must be after from (" + from
                    + "); the range is [from, to)");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw ApiProblem.invalidField("to", "A report spans at most " + MAX_YEARS + " years; " + from + " to " + to
                    + " is longer");
        }
        return new ReportRange(from, to);
    }

    /** A query parameter as a day, {@code 2026-11-29}, or null when absent; anything else is a VALIDATION problem. */
    static LocalDate day(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidField(parameter, "'" + text + "' is not a date like 2026-11-29");
        }
    }

    /** The {@code period} query parameter, required: {@code month} or {@code quarter}. */
    static ReportPeriod period(String text) {
        if (text == null || text.isBlank()) {
            throw ApiProblem.invalidField("period", "period is required: month or quarter");
        }
        try {
            return ReportPeriod.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("period", "'" + text + "' is not a period: month or quarter");
        }
    }
}
