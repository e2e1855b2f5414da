package io.quintet.crm.platform.graphql;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Input;

/** Conditions on a calendar date. */
@Input("DateFilter")
public class DateFilter {
    public LocalDate eq;
    public LocalDate ne;
    public LocalDate gt;
    public LocalDate ge;
    public LocalDate lt;
    public LocalDate le;
    public Boolean isNull;
}
