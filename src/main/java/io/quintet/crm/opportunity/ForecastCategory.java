package io.quintet.crm.opportunity;

/** How the owner forecasts the deal. */
public enum ForecastCategory {
    PIPELINE, BEST_CASE, COMMIT, CLOSED, OMITTED
}
