package io.quintet.crm.contact;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import io.quintet.crm.platform.graphql.PageInfo;

/** A Relay connection of contacts. */
public record ContactConnection(List<Edge> edges, PageInfo pageInfo) {

    /** One contact in the connection. */
    @Name("ContactEdge")
    public record Edge(ContactView node) {
    }
}
