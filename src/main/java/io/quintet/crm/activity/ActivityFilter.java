package io.quintet.crm.activity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.graphql.BooleanFilter;
import io.quintet.crm.platform.graphql.DateFilter;
import io.quintet.crm.platform.graphql.DateTimeFilter;
import io.quintet.crm.platform.graphql.IdFilter;
import io.quintet.crm.platform.graphql.IntFilter;
import io.quintet.crm.platform.graphql.StringFilter;

/** GraphQL filter of activities: conditions on fields, combined with and/or/not. */
@Input("ActivityFilter")
public class ActivityFilter {
    public List<ActivityFilter> and;
    public List<ActivityFilter> or;
    public ActivityFilter not;
    public IdFilter id;
    public ActivityKindFilter kind;
    public StringFilter subject;
    public DateFilter dueDate;
    public TaskStatusFilter status;
    public TaskPriorityFilter priority;
    public IdFilter assigneeId;
    public CallDirectionFilter direction;
    public IntFilter durationSeconds;
    public StringFilter outcome;
    public DateTimeFilter startsAt;
    public DateTimeFilter endsAt;
    public StringFilter location;
    public StringFilter from;
    public DateTimeFilter sentAt;
    @Description("An open or in-progress task due before today (UTC)")
    public BooleanFilter overdue;
    public IdFilter ownerId;
    public DateTimeFilter createdAt;
    public DateTimeFilter updatedAt;
}
