package io.quintet.crm.lead;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import io.quintet.crm.platform.graphql.PageInfo;

/** A Relay connection of leads. */
public record LeadConnection(List<Edge> edges, PageInfo pageInfo) {

    /** One lead in the connection. */
    @Name("LeadEdge")
    public record Edge(LeadView node) {
    }
}
