package io.quintet.crm.lead;

/** Where a lead stands; {@code converted} is set only by a conversion. */
public enum LeadStatus {
    NEW, WORKING, NURTURING, QUALIFIED, DISQUALIFIED, CONVERTED
}
