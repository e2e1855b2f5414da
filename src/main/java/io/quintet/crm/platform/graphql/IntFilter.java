package io.quintet.crm.platform.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a whole-number field. */
@Input("IntFilter")
public class IntFilter {
    public Integer eq;
    public Integer ne;
    public List<Integer> in;
    public List<Integer> notIn;
    public Integer gt;
    public Integer ge;
    public Integer lt;
    public Integer le;
    public Boolean isNull;
}
