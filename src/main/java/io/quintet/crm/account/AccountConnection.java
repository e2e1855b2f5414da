package io.quintet.crm.account;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;

import io.quintet.crm.platform.graphql.PageInfo;

/** A Relay connection of accounts. */
public record AccountConnection(List<Edge> edges, PageInfo pageInfo) {

    /** One account in the connection. */
    @Name("AccountEdge")
    public record Edge(AccountView node) {
    }
}
