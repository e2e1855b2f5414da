package io.quintet.crm.platform.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The REST list envelope: {@code {"data":[…],"page":{"nextCursor":…,"hasMore":…}}}. */
public record PageBody(List<?> data, PageInfo page) {

    /** Where the next page starts; {@code nextCursor} is null on the last page. */
    public record PageInfo(@JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor, boolean hasMore) {
    }
}
