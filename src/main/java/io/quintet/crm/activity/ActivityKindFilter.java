package io.quintet.crm.activity;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a value of {@link ActivityKind}. */
@Input("ActivityKindFilter")
public class ActivityKindFilter {
    public ActivityKind eq;
    public ActivityKind ne;
    public List<ActivityKind> in;
    public List<ActivityKind> notIn;
    public Boolean isNull;
}
