package io.quintet.crm.opportunity;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.graphql.BooleanFilter;
import io.quintet.crm.platform.graphql.DateTimeFilter;
import io.quintet.crm.platform.graphql.IdFilter;
import io.quintet.crm.platform.graphql.StringFilter;

/** GraphQL filter of pipelines. */
@Input("PipelineFilter")
public class PipelineFilter {
    public List<PipelineFilter> and;
    public List<PipelineFilter> or;
    public PipelineFilter not;
    public IdFilter id;
    public StringFilter name;
    public BooleanFilter isDefault;
    public DateTimeFilter createdAt;
    public DateTimeFilter updatedAt;
}
