package io.quintet.crm.lead;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a lead's status. */
@Input("LeadStatusFilter")
public class LeadStatusFilter {
    public LeadStatus eq;
    public LeadStatus ne;
    public List<LeadStatus> in;
    public List<LeadStatus> notIn;
    public Boolean isNull;
}
