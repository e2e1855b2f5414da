package io.quintet.crm.lead;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a lead's source. */
@Input("LeadSourceFilter")
public class LeadSourceFilter {
    public LeadSource eq;
    public LeadSource ne;
    public List<LeadSource> in;
    public List<LeadSource> notIn;
    public Boolean isNull;
}
