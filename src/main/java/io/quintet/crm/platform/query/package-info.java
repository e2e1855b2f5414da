/**
 * Framework-free query model shared by the REST and GraphQL APIs: field registries, RSQL filters,
 * sorting, sparse field selection, signed keyset cursors and their compilation to parameterized HQL
 * over the entity alias {@code e}.
 */
package io.quintet.crm.platform.query;
