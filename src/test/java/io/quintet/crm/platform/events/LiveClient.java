package io.quintet.crm.platform.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real GraphQL subscription client: the npm {@code graphql-ws} package over {@code ws}, run by
 * Node ({@code src/test/node/live/subscribe.mjs}). It opens each subscription on its own WebSocket
 * and reports every message; this class collects the reports per subscription name.
 *
 * <p>The npm packages are installed from the registry on first use ({@code npm ci}), and never again
 * while {@code node_modules} is there, so later runs work offline.
 */
public final class LiveClient implements AutoCloseable {

    /** The subscription every test opens, with the fields a client would ask for. */
    public static final String RECORD_CHANGED = "subscription($types: [String], $ids: [String]) { "
            + "recordChanged(types: $types, ids: $ids) { type timestamp tenantId object id record previous } }";

    private static final Path CLIENT_DIR = Path.of("src", "test", "node", "live");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final List<JsonNode> facts = new CopyOnWriteArrayList<>();
    private final StringBuilder errors = new StringBuilder();

    /** One subscription: its name in the reports, the upgrade request's headers and the connection_init payload. */
    public record Subscription(String name, Map<String, String> headers, Map<String, Object> connectionParams,
            String query, Map<String, Object> variables) {

        /** {@link #RECORD_CHANGED} with a bearer token on the upgrade request. */
        public static Subscription recordChanged(String name, String token, Map<String, Object> variables) {
            return new Subscription(name, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token),
                    Map.of(), RECORD_CHANGED, variables);
        }
    }

    private LiveClient(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readReports, "live-client-reports");
        reader.setDaemon(true);
        reader.start();
        Thread errorReader = new Thread(this::readErrors, "live-client-errors");
        errorReader.setDaemon(true);
        errorReader.start();
    }

    /** Starts Node with these subscriptions against the service's {@code ws://…/graphql}. */
    public static LiveClient open(String url, List<Subscription> subscriptions) {
        installPackages();
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("url", url);
        spec.put("subscriptions", subscriptions);
        try {
            Process process = new ProcessBuilder("node", "subscribe.mjs", JSON.writeValueAsString(spec))
                    .directory(CLIENT_DIR.toFile())
                    .start();
            return new LiveClient(process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start node (Node 20 must be on the PATH)", e);
        }
    }

    private static synchronized void installPackages() {
        if (Files.exists(CLIENT_DIR.resolve("node_modules/graphql-ws/package.json"))
                && Files.exists(CLIENT_DIR.resolve("node_modules/ws/package.json"))) {
            return;
        }
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(CLIENT_DIR.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!npm.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci in " + CLIENT_DIR + " failed; is the npm registry reachable?");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run npm (Node 20 with npm must be on the PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything reported for the subscription so far: connected, event, error, complete, closed. */
    public List<JsonNode> facts(String name) {
        return facts.stream().filter(fact -> name.equals(fact.path("name").asText())).toList();
    }

    /** The {@code recordChanged} objects the subscription received, in order. */
    public List<JsonNode> changes(String name) {
        return facts(name).stream().filter(fact -> fact.has("event"))
                .map(fact -> fact.path("event").path("data").path("recordChanged"))
                .toList();
    }

    /** The changes received for one record id. */
    public List<JsonNode> changesOf(String name, String id) {
        return changes(name).stream().filter(change -> id.equals(change.path("id").asText())).toList();
    }

    /** Waits until the subscription reported a fact that matches; fails the test after the timeout. */
    public JsonNode await(String name, Predicate<JsonNode> fact, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode candidate : facts(name)) {
                if (fact.test(candidate)) {
                    return candidate;
                }
            }
            pause(Duration.ofMillis(50));
        }
        throw new AssertionError("Subscription " + name + " did not report what was awaited within " + timeout
                + "; it reported " + facts(name) + (errors.isEmpty() ? "" : "; node said: " + errors));
    }

    /** Waits until the subscription received the given number of changes of a record. */
    public List<JsonNode> awaitChangesOf(String name, String id, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (changesOf(name, id).size() < count && Instant.now().isBefore(deadline)) {
            pause(Duration.ofMillis(50));
        }
        List<JsonNode> received = changesOf(name, id);
        if (received.size() < count) {
            throw new AssertionError("Subscription " + name + " received " + received.size() + " of " + count
                    + " changes of " + id + "; it reported " + facts(name));
        }
        return received;
    }

    /**
     * Waits until the subscription is live on the server: repeats a change the subscription would
     * receive (the probe, which returns the changed record's id) until one arrives. A subscription is
     * registered shortly after the connection is acknowledged, so no fixed delay would be safe.
     */
    public void awaitLive(String name, Supplier<String> probe, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<String> probes = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            probes.add(probe.get());
            Instant retry = Instant.now().plusSeconds(2);
            while (Instant.now().isBefore(retry)) {
                if (probes.stream().anyMatch(id -> !changesOf(name, id).isEmpty())) {
                    return;
                }
                pause(Duration.ofMillis(50));
            }
        }
        throw new AssertionError("Subscription " + name + " received none of its probes within " + timeout
                + "; it reported " + facts(name) + (errors.isEmpty() ? "" : "; node said: " + errors));
    }

    /** The JSON text of a change's {@code record} or {@code previous}, parsed. */
    public static JsonNode json(JsonNode change, String field) {
        try {
            return JSON.readTree(change.path(field).asText());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + change.path(field), e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void readReports() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                facts.add(JSON.readTree(line));
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private void readErrors() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (errors) {
                    errors.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
