package io.quintet.crm.product;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import io.quintet.crm.platform.graphql.PageInfo;

/** A Relay connection of products. */
public record ProductConnection(List<Edge> edges, PageInfo pageInfo) {

    /** One product in the connection. */
    @Name("ProductEdge")
    public record Edge(ProductView node) {
    }
}
