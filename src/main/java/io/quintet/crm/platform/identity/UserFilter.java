package io.quintet.crm.platform.identity;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.graphql.BooleanFilter;
import io.quintet.crm.platform.graphql.DateTimeFilter;
import io.quintet.crm.platform.graphql.IdFilter;
import io.quintet.crm.platform.graphql.StringFilter;

/** GraphQL filter of users. */
@Input("UserFilter")
public class UserFilter {
    public List<UserFilter> and;
    public List<UserFilter> or;
    public UserFilter not;
    public IdFilter id;
    public StringFilter email;
    public StringFilter displayName;
    public BooleanFilter active;
    public DateTimeFilter lastSeenAt;
    public DateTimeFilter createdAt;
}
