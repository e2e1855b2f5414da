package io.quintet.crm.platform.sharing;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.graphql.DateTimeFilter;
import io.quintet.crm.platform.graphql.IdFilter;
import io.quintet.crm.platform.graphql.StringFilter;

/** GraphQL filter of teams. */
@Input("TeamFilter")
public class TeamFilter {
    public List<TeamFilter> and;
    public List<TeamFilter> or;
    public TeamFilter not;
    public IdFilter id;
    public StringFilter name;
    public IdFilter managerId;
    public DateTimeFilter createdAt;
}
