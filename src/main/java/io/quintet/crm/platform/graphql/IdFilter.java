package io.quintet.crm.platform.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Conditions on an id field. */
@Input("IdFilter")
public class IdFilter {
    @Id
    public String eq;
    @Id
    public String ne;
    @Id
    public List<String> in;
    @Id
    public List<String> notIn;
    public Boolean isNull;
}
