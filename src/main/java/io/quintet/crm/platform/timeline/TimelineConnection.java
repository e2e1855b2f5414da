package io.quintet.crm.platform.timeline;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import io.quintet.crm.platform.graphql.PageInfo;

/** A Relay connection of timeline items, newest first. */
public record TimelineConnection(List<Edge> edges, PageInfo pageInfo) {

    /** One item in the connection. */
    @Name("TimelineEdge")
    public record Edge(TimelineItem node) {
    }
}
