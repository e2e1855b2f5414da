package io.quintet.crm.testsupport.process;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged service run as a process of its own, as in production: {@code java -jar
 * target/quarkus-app/quarkus-run.jar} in the prod profile, configured by environment variables,
 * on a free port of its own. Integration tests start several on one {@link TestDatabase} (replicas),
 * kill one without warning ({@link #kill()}, SIGKILL) and start it again ({@link #restart()}, same
 * port and settings).
 *
 * <p>Each process's output goes to {@code target/it-logs/<name>.log}; a start that fails says so
 * with the end of that log.
 */
public final class ServiceProcess implements AutoCloseable {

    /** The default tenant's administrator client every process is started with. */
    public static final String ADMIN_CLIENT_ID = "it-admin";
    public static final String ADMIN_CLIENT_SECRET = "it-admin-secret-that-is-long-enough";

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    private ServiceProcess(String name, int port, Map<String, String> environment, List<String> jvmOptions) {
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.jvmOptions = jvmOptions;
        this.log = buildDir().resolve("it-logs").resolve(name + ".log");
    }

    /** Settings of a process before it starts. */
    public static final class Builder {

        private final String name;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private List<String> jvmOptions = List.of("-Xmx384m", "-XX:+UseSerialGC");

        private Builder(String name, TestDatabase database) {
            this.name = name;
            environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl());
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
            environment.put("QUARKUS_DATASOURCE_USERNAME", database.username());
            environment.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
            environment.put("CRM_BOOTSTRAP_CLIENT_ID", ADMIN_CLIENT_ID);
            environment.put("CRM_BOOTSTRAP_CLIENT_SECRET", ADMIN_CLIENT_SECRET);
        }

        /** An environment variable of the process, e.g. {@code CRM_WEBHOOKS_RETRY_SCHEDULE}; overrides a default above. */
        public Builder env(String variable, String value) {
            environment.put(variable, value);
            return this;
        }

        /** Replaces the JVM options (default: a 384 MiB heap and the serial collector, to keep several processes small). */
        public Builder jvmOptions(String... options) {
            jvmOptions = List.of(options);
            return this;
        }

        /** Starts the process on a free port and waits until it is ready. */
        public ServiceProcess start() {
            int port = freePort();
            environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            ServiceProcess service = new ServiceProcess(name, port, Map.copyOf(environment), jvmOptions);
            service.launch();
            return service;
        }
    }

    /** A process named {@code name} (its log file's name) on this database. */
    public static Builder on(TestDatabase database, String name) {
        return new Builder(name, database);
    }

    public int port() {
        return port;
    }

    public String baseUri() {
        return "http://localhost:" + port;
    }

    /** Where GraphQL subscriptions connect. */
    public String graphqlWebSocket() {
        return "ws://localhost:" + port + "/graphql";
    }

    /** A REST Assured request to this process. */
    public RequestSpecification request() {
        return given().baseUri(baseUri()).contentType(ContentType.JSON);
    }

    /** A request carrying a token of the default tenant's administrator, issued by this process. */
    public RequestSpecification asAdmin() {
        return request().auth().oauth2(adminToken());
    }

    /** A fresh token of the default tenant's administrator; every replica accepts it. */
    public String adminToken() {
        return given().baseUri(baseUri())
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", ADMIN_CLIENT_ID)
                .formParam("client_secret", ADMIN_CLIENT_SECRET)
                .when().post("/oauth/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Kills the process at once (SIGKILL, as {@code kill -9}): no shutdown hooks, nothing flushed. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** Starts the process again with the same port and settings, and waits until it is ready. */
    public void restart() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is still running; kill() or stop() it first");
        }
        launch();
    }

    /** Stops the process gracefully (SIGTERM). */
    public void stop() {
        if (isAlive()) {
            process.destroy();
            awaitExit();
        }
    }

    @Override
    public void close() {
        stop();
        if (isAlive()) {
            kill();
        }
    }

    private void launch() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = buildDir().resolve("quarkus-app").resolve("quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after package (./mvnw verify)");
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(buildDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
        awaitReady();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n"
                        + logTail());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(200));
        }
        throw new IllegalStateException(name + " was not ready within " + READY_TIMEOUT + ":\n" + logTail());
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of the process's log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static Path buildDir() {
        return Path.of(System.getProperty("quintet.test.build-dir", "target"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
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
