package io.quintet.crm.platform.crud;

import io.quintet.crm.platform.query.FilterNode;

/**
 * A list request in API terms, the same for REST and GraphQL: a page size, an optional cursor,
 * an optional filter tree and a sort string ({@code lastName,-createdAt}).
 */
public record ListQuery(int limit, String cursor, FilterNode filter, String sort) {
}
