package io.quintet.crm.opportunity;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.graphql.DateFilter;
import io.quintet.crm.platform.graphql.DateTimeFilter;
import io.quintet.crm.platform.graphql.IdFilter;
import io.quintet.crm.platform.graphql.IntFilter;
import io.quintet.crm.platform.graphql.MoneyFilter;
import io.quintet.crm.platform.graphql.StringFilter;

/** GraphQL filter of opportunities: conditions on fields, combined with and/or/not. */
@Input("OpportunityFilter")
public class OpportunityFilter {
    public List<OpportunityFilter> and;
    public List<OpportunityFilter> or;
    public OpportunityFilter not;
    public IdFilter id;
    public StringFilter name;
    public IdFilter accountId;
    public IdFilter primaryContactId;
    public IdFilter pipelineId;
    public IdFilter stageId;
    public StageKindFilter status;
    public MoneyFilter amount;
    public IntFilter probability;
    public DateFilter closeDate;
    public DateTimeFilter closedAt;
    public OpportunityTypeFilter type;
    public ForecastCategoryFilter forecastCategory;
    public IdFilter ownerId;
    public IdFilter campaignId;
    public StringFilter leadSource;
    public DateTimeFilter createdAt;
    public DateTimeFilter updatedAt;
}
