package io.quintet.crm.lead;

/** Where a lead came from. */
public enum LeadSource {
    WEB_FORM, REFERRAL, EVENT, CAMPAIGN, IMPORT, PARTNER, OTHER
}
