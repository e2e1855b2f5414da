package io.quintet.crm.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP webhook receiver on 127.0.0.1 for tests: it records every request it gets and answers
 * what the test tells it (200 by default; any status with headers; after a delay; or it is stopped and
 * started again on the same port).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received: when, on which path, its headers (lower-case names) and its body. */
    public record Received(Instant at, String path, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            return Json.read(body);
        }
    }

    /** What the receiver answers. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Answer answer = new Answer(200, Map.of(), "ok");
    private volatile Duration delay = Duration.ZERO;
    private int port;
    private HttpServer server;

    private WebhookReceiver() {
    }

    /** A receiver listening on a free port of 127.0.0.1. */
    public static WebhookReceiver start() {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.listen(0);
        return receiver;
    }

    private void listen(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), onPort), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    /** The URL of a path on this receiver, e.g. {@code url("/hooks")}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String url() {
        return url("/hooks");
    }

    public void answer(int status) {
        answer(status, Map.of());
    }

    public void answer(int status, Map<String, String> headers) {
        answer = new Answer(status, headers, "status " + status);
    }

    /** Answers every request only after this long, as a slow receiver does. */
    public void delay(Duration delay) {
        this.delay = delay;
    }

    /** Stops listening: connections are refused until {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
            server = null;
        }
    }

    /** Listens again on the same port. */
    public synchronized void restart() {
        listen(port);
    }

    /** Everything received so far, in order of arrival. */
    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** What was received with this {@code webhook-id}. */
    public List<Received> withId(String webhookId) {
        return received().stream().filter(request -> webhookId.equals(request.header("webhook-id"))).toList();
    }

    /** What was received on this path. */
    public List<Received> on(String path) {
        return received().stream().filter(request -> request.path().equals(path)).toList();
    }

    /** What was received about the record with this id ({@code data.id}). */
    public List<Received> about(String recordId) {
        return received().stream().filter(request -> recordId.equals(request.json().path("data").path("id").asText()))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    String.join(",", values)));
            received.add(new Received(Instant.now(), exchange.getRequestURI().getPath(), headers,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Answer current = answer;
        current.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = current.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(current.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
