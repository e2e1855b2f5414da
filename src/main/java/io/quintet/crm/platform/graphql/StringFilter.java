package io.quintet.crm.platform.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Conditions on a text field; {@code eq} and {@code ne} take {@code *} wildcards (case-insensitive), as in RSQL. */
@Description("Conditions on a text field; eq/ne accept * wildcards (case-insensitive)")
@Input("StringFilter")
public class StringFilter {
    public String eq;
    public String ne;
    public List<String> in;
    public List<String> notIn;
    public String gt;
    public String ge;
    public String lt;
    public String le;
    public Boolean isNull;
}
