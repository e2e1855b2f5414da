package io.quintet.crm.testsupport.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs a real Keycloak ({@code kc.sh start-dev}, unpacked by the build into {@code target/keycloak})
 * with the two tenant realms of {@code src/test/resources/keycloak/realms}, for the single-sign-on
 * tests. Registered for every {@code @QuarkusTest} by {@link KeycloakForAllTests}.
 *
 * <p>{@link #start()} launches the process and returns at once: Keycloak needs 45–80 s (about
 * 40 s more on a clean clone, when it first builds itself), and the service under test does not
 * need it to boot, so that time overlaps Quarkus's own start and the tests that come first. Whoever
 * needs Keycloak goes through {@link Keycloak}, which waits until the realms answer (or the process
 * died, or {@value #DEFAULT_TIMEOUT_SECONDS} s passed) and then fails with the tail of
 * {@code target/keycloak.log}. {@code -Dquintet.test.keycloak.await-in-start=true} makes
 * {@code start()} itself wait instead.
 *
 * <p>With the environment variable {@code CRM_TEST_KEYCLOAK_URL} set (e.g.
 * {@code http://localhost:8180}), no process is started and that Keycloak is used; it must have
 * imported the realm files.
 *
 * <p>Config handed to the service under test (deliberately outside the validated {@code crm.}
 * prefix): {@code quintet.test.keycloak.url}, and for the wait, {@code .pid}, {@code .log},
 * {@code .deadline}, {@code .launched} (epoch millis).
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    /** Overrides the Keycloak to use; nothing is started when set. */
    public static final String URL_ENV = "CRM_TEST_KEYCLOAK_URL";
    public static final String URL_KEY = "quintet.test.keycloak.url";
    static final String PID_KEY = "quintet.test.keycloak.pid";
    static final String LOG_KEY = "quintet.test.keycloak.log";
    static final String DEADLINE_KEY = "quintet.test.keycloak.deadline";
    static final String LAUNCHED_KEY = "quintet.test.keycloak.launched";

    /** Kept equal to {@code keycloak.version} in the pom, which Surefire passes as a system property. */
    private static final String DEFAULT_VERSION = "26.7.3";
    static final int DEFAULT_TIMEOUT_SECONDS = 240;
    /** The realm files, also the realm names (tenant-a, tenant-b). */
    static final List<String> REALM_FILES = List.of("tenant-a-realm.json", "tenant-b-realm.json");

    private Process process;
    private Thread shutdownHook;

    @Override
    public Map<String, String> start() {
        String external = System.getenv(URL_ENV);
        if (external != null && !external.isBlank()) {
            return Map.of(URL_KEY, stripSlash(external.trim()));
        }
        long started = System.currentTimeMillis();
        Path target = Path.of(System.getProperty("quintet.test.build-dir", "target")).toAbsolutePath();
        String version = System.getProperty("quintet.test.keycloak.version", DEFAULT_VERSION);
        Path home = target.resolve("keycloak").resolve("keycloak-" + version);
        Path kcSh = home.resolve("bin").resolve("kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new IllegalStateException("No Keycloak at " + home + ": the build unpacks it in"
                    + " process-test-resources (./mvnw verify, or ./mvnw process-test-resources once), or set "
                    + URL_ENV + " to a running one.");
        }
        freshDataDir(home);
        int httpPort = freePort();
        int managementPort = freePort();
        String url = "http://localhost:" + httpPort;
        Path log = target.resolve("keycloak.log");

        List<String> command = List.of("bash", kcSh.toString(), "start-dev",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                // One issuer however Keycloak is reached (localhost, 127.0.0.1, from the service).
                "--hostname=" + url,
                // In memory: every run starts from the realm files, nothing left behind.
                "--db=dev-mem",
                "--import-realm");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS")
                || name.equals("JAVA_ADD_OPENS") || name.equals("DEBUG"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // C1 only: Keycloak is up in about half the time on two cores; peak speed is not needed here.
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        // A master-realm admin for tests that change Keycloak itself (Keycloak.adminToken()).
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", Keycloak.ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", Keycloak.ADMIN_PASSWORD);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        }
        Process launched = process;
        shutdownHook = new Thread(() -> destroyTree(launched), "keycloak-test-resource-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);

        long deadline = started + Duration.ofSeconds(Long.getLong("quintet.test.keycloak.timeout-seconds",
                DEFAULT_TIMEOUT_SECONDS)).toMillis();
        Map<String, String> config = new HashMap<>();
        config.put(URL_KEY, url);
        config.put(PID_KEY, Long.toString(process.pid()));
        config.put(LOG_KEY, log.toString());
        config.put(DEADLINE_KEY, Long.toString(deadline));
        config.put(LAUNCHED_KEY, Long.toString(started));
        if (Boolean.getBoolean("quintet.test.keycloak.await-in-start")) {
            Keycloak.awaitReady(url, process.pid(), log, deadline);
        }
        return config;
    }

    @Override
    public void stop() {
        if (process == null) {
            return;
        }
        destroyTree(process);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (harmlessly) anyway
        }
        process = null;
    }

    /** SIGTERM to kc.sh and the Keycloak JVM, up to 30 s for a clean stop, then SIGKILL. */
    private static void destroyTree(Process root) {
        List<ProcessHandle> tree = new ArrayList<>();
        root.descendants().forEach(tree::add);
        tree.add(root.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (ProcessHandle handle : tree) {
            long left = until - System.nanoTime();
            try {
                handle.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (Exception notYet) {
                handle.destroyForcibly();
            }
        }
    }

    /** Removes what an earlier run left in the distribution's data dir and lays in the realm files. */
    private static void freshDataDir(Path home) {
        Path data = home.resolve("data");
        Path imports = data.resolve("import");
        try {
            if (Files.exists(data)) {
                try (Stream<Path> walk = Files.walk(data)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(imports);
            for (String file : REALM_FILES) {
                try (InputStream in = KeycloakTestResource.class.getResourceAsStream("/keycloak/realms/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing test resource keycloak/realms/" + file);
                    }
                    Files.copy(in, imports.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + data, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
