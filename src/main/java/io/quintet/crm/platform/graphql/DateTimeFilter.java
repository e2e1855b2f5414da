package io.quintet.crm.platform.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a timestamp field. */
@Input("DateTimeFilter")
public class DateTimeFilter {
    public Instant eq;
    public Instant ne;
    public Instant gt;
    public Instant ge;
    public Instant lt;
    public Instant le;
    public Boolean isNull;
}
