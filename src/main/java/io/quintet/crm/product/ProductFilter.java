package io.quintet.crm.product;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.graphql.BooleanFilter;
import io.quintet.crm.platform.graphql.DateTimeFilter;
import io.quintet.crm.platform.graphql.IdFilter;
import io.quintet.crm.platform.graphql.StringFilter;

/** GraphQL filter of products. */
@Input("ProductFilter")
public class ProductFilter {
    public List<ProductFilter> and;
    public List<ProductFilter> or;
    public ProductFilter not;
    public IdFilter id;
    public StringFilter sku;
    public StringFilter name;
    public StringFilter family;
    public BooleanFilter active;
    public DateTimeFilter createdAt;
    public DateTimeFilter updatedAt;
}
