package io.quintet.crm.platform.role;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.graphql.BooleanFilter;
import io.quintet.crm.platform.graphql.DateTimeFilter;
import io.quintet.crm.platform.graphql.IdFilter;
import io.quintet.crm.platform.graphql.StringFilter;

/** GraphQL filter of roles. */
@Input("RoleFilter")
public class RoleFilter {
    public List<RoleFilter> and;
    public List<RoleFilter> or;
    public RoleFilter not;
    public IdFilter id;
    public StringFilter name;
    public BooleanFilter builtIn;
    public DateTimeFilter createdAt;
}
