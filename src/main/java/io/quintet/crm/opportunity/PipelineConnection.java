package io.quintet.crm.opportunity;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import io.quintet.crm.platform.graphql.PageInfo;

/** A Relay connection of pipelines. */
public record PipelineConnection(List<Edge> edges, PageInfo pageInfo) {

    /** One pipeline in the connection. */
    @Name("PipelineEdge")
    public record Edge(PipelineView node) {
    }
}
