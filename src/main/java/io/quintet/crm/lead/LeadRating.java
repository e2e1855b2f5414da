package io.quintet.crm.lead;

/** How warm a lead is, as its owner judges it. */
public enum LeadRating {
    HOT, WARM, COLD
}
