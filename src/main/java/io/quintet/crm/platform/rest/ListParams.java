package io.quintet.crm.platform.rest;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.crud.ListQuery;
import io.quintet.crm.platform.query.QueryException;
import io.quintet.crm.platform.query.QueryFields;
import io.quintet.crm.platform.query.RsqlFilter;

/** The query parameters every REST list takes: {@code limit}, {@code cursor}, {@code filter}, {@code sort}, {@code fields}. */
public class ListParams {

    @RestQuery
    @Parameter(description = "Page size, 1-200 (default 50)")
    public String limit;

    @RestQuery
    @Parameter(description = "Opaque cursor from page.nextCursor of the previous page")
    public String cursor;

    @RestQuery
    @Parameter(description = "RSQL filter, e.g. lastName==Sm*;createdAt=ge=2026-01-01")
    public String filter;

    @RestQuery
    @Parameter(description = "Sort fields, '-' for descending, e.g. lastName,-createdAt")
    public String sort;

    @RestQuery
    @Parameter(description = "Sparse fieldset, e.g. id,firstName,email")
    public String fields;

    public ListQuery toQuery(QueryFields queryFields, CrmConfig.Lists lists) {
        return new ListQuery(limit(limit, lists), blankToNull(cursor),
                filter == null || filter.isBlank() ? null : RsqlFilter.parse(filter, queryFields), blankToNull(sort));
    }

    /** A {@code limit} parameter as a page size: the default when absent, else a number from 1 to the maximum. */
    public static int limit(String limit, CrmConfig.Lists lists) {
        if (limit == null || limit.isBlank()) {
            return lists.defaultLimit();
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= lists.maxLimit()) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range number
        }
        throw new QueryException("limit", null, "limit must be a whole number from 1 to " + lists.maxLimit());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
