package io.quintet.crm.activity;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a value of {@link TaskPriority}. */
@Input("TaskPriorityFilter")
public class TaskPriorityFilter {
    public TaskPriority eq;
    public TaskPriority ne;
    public List<TaskPriority> in;
    public List<TaskPriority> notIn;
    public Boolean isNull;
}
