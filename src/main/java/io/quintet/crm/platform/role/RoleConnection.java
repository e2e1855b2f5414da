package io.quintet.crm.platform.role;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import io.quintet.crm.platform.graphql.PageInfo;

/** A Relay connection of roles. */
public record RoleConnection(List<Edge> edges, PageInfo pageInfo) {

    /** One role in the connection. */
    @Name("RoleEdge")
    public record Edge(RoleView node) {
    }
}
