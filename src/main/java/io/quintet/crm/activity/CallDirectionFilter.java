package io.quintet.crm.activity;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a value of {@link CallDirection}. */
@Input("CallDirectionFilter")
public class CallDirectionFilter {
    public CallDirection eq;
    public CallDirection ne;
    public List<CallDirection> in;
    public List<CallDirection> notIn;
    public Boolean isNull;
}
