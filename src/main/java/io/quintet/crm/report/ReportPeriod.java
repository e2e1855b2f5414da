package io.quintet.crm.report;

import java.time.LocalDate;

/** The calendar period a forecast is bucketed by. */
public enum ReportPeriod {
    MONTH(1), QUARTER(3);

    private final int months;

    ReportPeriod(int months) {
        this.months = months;
    }

    /** Its length in months. */
    int months() {
        return months;
    }

    /** The name of the period starting on {@code start}: {@code 2026-11} or {@code 2026-Q4}. */
    String label(LocalDate start) {
        return this == MONTH ? String.format("%d-%02d", start.getYear(), start.getMonthValue())
                : start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}
