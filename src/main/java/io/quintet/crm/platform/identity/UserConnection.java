package io.quintet.crm.platform.identity;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import io.quintet.crm.platform.graphql.PageInfo;

/** A Relay connection of users. */
public record UserConnection(List<Edge> edges, PageInfo pageInfo) {

    /** One user in the connection. */
    @Name("UserEdge")
    public record Edge(UserView node) {
    }
}
