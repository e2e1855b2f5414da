package io.quintet.crm.activity;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import io.quintet.crm.platform.graphql.PageInfo;

/** A Relay connection of activities. */
public record ActivityConnection(List<Edge> edges, PageInfo pageInfo) {

    /** One activity in the connection. */
    @Name("ActivityEdge")
    public record Edge(ActivityView node) {
    }
}
