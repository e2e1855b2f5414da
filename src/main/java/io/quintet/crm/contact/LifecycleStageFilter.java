package io.quintet.crm.contact;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a lifecycle stage. */
@Input("LifecycleStageFilter")
public class LifecycleStageFilter {
    public LifecycleStage eq;
    public LifecycleStage ne;
    public List<LifecycleStage> in;
    public List<LifecycleStage> notIn;
    public Boolean isNull;
}
