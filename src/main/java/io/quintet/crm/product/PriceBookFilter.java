package io.quintet.crm.product;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.graphql.BooleanFilter;
import io.quintet.crm.platform.graphql.DateTimeFilter;
import io.quintet.crm.platform.graphql.IdFilter;
import io.quintet.crm.platform.graphql.StringFilter;

/** GraphQL filter of price books. */
@Input("PriceBookFilter")
public class PriceBookFilter {
    public List<PriceBookFilter> and;
    public List<PriceBookFilter> or;
    public PriceBookFilter not;
    public IdFilter id;
    public StringFilter name;
    public BooleanFilter isStandard;
    public BooleanFilter active;
    public DateTimeFilter createdAt;
}
