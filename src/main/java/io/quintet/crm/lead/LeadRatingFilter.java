package io.quintet.crm.lead;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a lead's rating. */
@Input("LeadRatingFilter")
public class LeadRatingFilter {
    public LeadRating eq;
    public LeadRating ne;
    public List<LeadRating> in;
    public List<LeadRating> notIn;
    public Boolean isNull;
}
