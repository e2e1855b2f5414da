package io.quintet.crm.contact;

import java.util.List;

/** Conditions on a lifecycle stage. */
public class LifecycleStageFilter {
    public LifecycleStage eq;
    public LifecycleStage ne;
    public List<LifecycleStage> in;
    public List<LifecycleStage> notIn;
    public Boolean isNull;
}
