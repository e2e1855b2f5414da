package io.quintet.crm.lead;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.graphql.AddressFilter;
import io.quintet.crm.platform.graphql.DateTimeFilter;
import io.quintet.crm.platform.graphql.IdFilter;
import io.quintet.crm.platform.graphql.IntFilter;
import io.quintet.crm.platform.graphql.StringFilter;

/** GraphQL filter of leads: conditions on fields, combined with and/or/not. */
@Input("LeadFilter")
public class LeadFilter {
    public List<LeadFilter> and;
    public List<LeadFilter> or;
    public LeadFilter not;
    public IdFilter id;
    public StringFilter firstName;
    public StringFilter lastName;
    public StringFilter company;
    public StringFilter title;
    public StringFilter email;
    public StringFilter phone;
    public LeadSourceFilter source;
    public LeadStatusFilter status;
    public LeadRatingFilter rating;
    public IntFilter score;
    public StringFilter industry;
    public IntFilter companySize;
    public AddressFilter address;
    public IdFilter campaignId;
    public IdFilter ownerId;
    public DateTimeFilter convertedAt;
    public DateTimeFilter createdAt;
    public DateTimeFilter updatedAt;
}
