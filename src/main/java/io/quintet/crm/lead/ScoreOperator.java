package io.quintet.crm.lead;

/** How an attribute rule compares a lead's field with its value; text comparisons ignore case. */
public enum ScoreOperator {
    EQUALS, CONTAINS, IN, GTE, LTE
}
