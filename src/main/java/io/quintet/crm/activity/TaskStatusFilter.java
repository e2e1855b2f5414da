package io.quintet.crm.activity;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a value of {@link TaskStatus}. */
@Input("TaskStatusFilter")
public class TaskStatusFilter {
    public TaskStatus eq;
    public TaskStatus ne;
    public List<TaskStatus> in;
    public List<TaskStatus> notIn;
    public Boolean isNull;
}
