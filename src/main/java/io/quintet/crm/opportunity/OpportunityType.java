package io.quintet.crm.opportunity;

/** What kind of deal an opportunity is. */
public enum OpportunityType {
    NEW_BUSINESS, UPSELL, RENEWAL
}
