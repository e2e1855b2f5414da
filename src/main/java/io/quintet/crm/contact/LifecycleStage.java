package io.quintet.crm.contact;

/** Where a contact stands in the customer lifecycle. */
public enum LifecycleStage {
    SUBSCRIBER, LEAD, MQL, SQL, OPPORTUNITY, CUSTOMER, EVANGELIST, OTHER
}
