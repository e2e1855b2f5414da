package io.quintet.crm.opportunity;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a forecast category. */
@Input("ForecastCategoryFilter")
public class ForecastCategoryFilter {
    public ForecastCategory eq;
    public ForecastCategory ne;
    public List<ForecastCategory> in;
    public List<ForecastCategory> notIn;
    public Boolean isNull;
}
