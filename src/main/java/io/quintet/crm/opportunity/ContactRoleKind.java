package io.quintet.crm.opportunity;

/** The part a contact plays in a deal. */
public enum ContactRoleKind {
    DECISION_MAKER, INFLUENCER, ECONOMIC_BUYER, CHAMPION, TECHNICAL_BUYER, OTHER
}
