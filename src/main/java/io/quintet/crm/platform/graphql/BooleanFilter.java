package io.quintet.crm.platform.graphql;

/** Conditions on a true/false field. */
public class BooleanFilter {
    public Boolean eq;
    public Boolean isNull;
}
