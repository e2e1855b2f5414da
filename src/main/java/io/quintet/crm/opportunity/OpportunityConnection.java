package io.quintet.crm.opportunity;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import io.quintet.crm.platform.graphql.PageInfo;

/** A Relay connection of opportunities. */
public record OpportunityConnection(List<Edge> edges, PageInfo pageInfo) {

    /** One opportunity in the connection. */
    @Name("OpportunityEdge")
    public record Edge(OpportunityView node) {
    }
}
