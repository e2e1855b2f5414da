package io.quintet.crm.product;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import io.quintet.crm.platform.graphql.PageInfo;

/** A Relay connection of price books. */
public record PriceBookConnection(List<Edge> edges, PageInfo pageInfo) {

    /** One price book in the connection. */
    @Name("PriceBookEdge")
    public record Edge(PriceBookView node) {
    }
}
