package io.quintet.crm.platform.graphql;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a true/false field. */
@Input("BooleanFilter")
public class BooleanFilter {
    public Boolean eq;
    public Boolean isNull;
}
