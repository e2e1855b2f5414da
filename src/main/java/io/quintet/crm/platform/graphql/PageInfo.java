package io.quintet.crm.platform.graphql;

/** Relay page info: whether there is a next page and the cursor to ask for it with {@code after}. */
public record PageInfo(boolean hasNextPage, String endCursor) {
}
