package io.quintet.crm.platform.graphql;

import java.time.Instant;

/** Conditions on a timestamp field. */
public class DateTimeFilter {
    public Instant eq;
    public Instant ne;
    public Instant gt;
    public Instant ge;
    public Instant lt;
    public Instant le;
    public Boolean isNull;
}
