package io.quintet.crm.opportunity;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on an opportunity type. */
@Input("OpportunityTypeFilter")
public class OpportunityTypeFilter {
    public OpportunityType eq;
    public OpportunityType ne;
    public List<OpportunityType> in;
    public List<OpportunityType> notIn;
    public Boolean isNull;
}
