package io.quintet.crm.opportunity;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on an opportunity's status. */
@Input("StageKindFilter")
public class StageKindFilter {
    public StageKind eq;
    public StageKind ne;
    public List<StageKind> in;
    public List<StageKind> notIn;
    public Boolean isNull;
}
