package io.quintet.crm.platform.sharing;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import io.quintet.crm.platform.graphql.PageInfo;

/** A Relay connection of teams. */
public record TeamConnection(List<Edge> edges, PageInfo pageInfo) {

    /** One team in the connection. */
    @Name("TeamEdge")
    public record Edge(TeamView node) {
    }
}
