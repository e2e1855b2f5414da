package io.quintet.crm.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Where a GraphQL subscription finds its caller. {@code CallerRouteFilter} binds the caller to the
 * Vert.x context of the WebSocket upgrade request, but operations sent over the socket later run on
 * the connection's own context, where no caller is bound. This route keeps the upgrade request's
 * context on the request (which the GraphQL WebSocket handler keeps as the operations' current
 * request), and a subscription resolver does its set-up on that context.
 */
@ApplicationScoped
public class SubscriberContexts {

    /** After {@code CallerRouteFilter} bound an upgrade request's caller (-150), before GraphQL over WebSocket (-99). */
    static final int ORDER = -140;
    private static final String KEY = "crm.subscriber-context";

    private final CurrentVertxRequest request;

    SubscriberContexts(CurrentVertxRequest request) {
        this.request = request;
    }

    void register(@Observes Router router) {
        router.route("/graphql").order(ORDER).handler(this::keepUpgradeContext);
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            context.next();
        });
    }

    /**
     * Works around a leak in SmallRye GraphQL over WebSocket: an operation leaves its GraphQL request
     * in a thread-local of the event-loop thread (the HTTP path clears it, the WebSocket path does
     * not), and Hibernate Validator's locale resolution then fails on that thread ("dfe is null"),
     * turning a later REST validation error into a 500. The leftover is cleared once the current task
     * is done, and again at the start of every HTTP request (see {@link #register}).
     */
    static void forgetGraphQLRequest() {
        Context current = Vertx.currentContext();
        if (current != null) {
            current.runOnContext(ignored -> SmallRyeContextManager.clearCurrentSmallRyeContext());
        }
    }

    private void keepUpgradeContext(RoutingContext context) {
        if (context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            context.put(KEY, Vertx.currentContext());
        }
        context.next();
    }

    /**
     * The context whose caller the current GraphQL operation acts for: the upgrade request's for an
     * operation sent over a WebSocket, else the current one.
     */
    public Context callerContext() {
        RoutingContext current = request.getCurrent();
        Context upgrade = current == null ? null : current.get(KEY);
        return upgrade != null ? upgrade : Vertx.currentContext();
    }
}
