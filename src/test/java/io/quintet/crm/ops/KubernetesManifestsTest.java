package io.quintet.crm.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the kustomize manifests under {@code k8s/} without a cluster or the kustomize binary: every file the
 * kustomization tree references exists and parses, and the manifests keep what running the service safely needs.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final Path OVERLAYS = K8S.resolve("overlays");
    private static final Path PROD = OVERLAYS.resolve("prod");
    private static final String APP = "quintet-crm";
    private static final String SECRET = "quintet-crm-secrets";

    private final Tree entry = Tree.from(K8S);

    static Stream<Path> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @Test
    void entryPointResolvesToOneOfEachWorkload() {
        for (String kind : List.of("Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler",
                "PodDisruptionBudget")) {
            assertEquals(1, entry.all(kind).size(), () -> "expected exactly one " + kind);
        }
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> resource : entry.resources) {
            String id = string(resource, "kind") + "/" + string(resource, "metadata", "name");
            assertTrue(ids.add(id), () -> id + " is defined twice");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void overlayReferencesOnlyExistingParsableFiles(Path overlay) {
        Tree tree = Tree.from(overlay);
        assertFalse(tree.resources.isEmpty(), () -> overlay + " renders nothing");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void overlayPatchesOnlyResourcesItRenders(Path overlay) {
        Tree tree = Tree.from(overlay);
        for (Target target : tree.patchTargets) {
            assertTrue(tree.all(target.kind()).stream()
                    .anyMatch(resource -> target.name().equals(string(resource, "metadata", "name"))),
                    () -> overlay + " patches " + target + ", which it does not render");
        }
    }

    @Test
    void deploymentProbesHealthEndpoints() {
        Map<String, Object> container = container(entry);
        assertEquals("/q/health/live", string(container, "livenessProbe", "httpGet", "path"));
        assertEquals("/q/health/ready", string(container, "readinessProbe", "httpGet", "path"));
        assertEquals("/q/health/started", string(container, "startupProbe", "httpGet", "path"));
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            Object port = at(container, probe, "httpGet", "port");
            assertTrue(isContainerPort(container, port),
                    () -> probe + " probes port " + port + ", which the container does not expose");
        }
    }

    @Test
    void deploymentRequestsAndLimitsResources() {
        Map<String, Object> resources = map(at(container(entry), "resources"));
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertNotNull(at(resources, bound, resource), () -> "no " + resource + " in resources." + bound);
            }
        }
    }

    /**
     * Heap plus the rest of the process (about 260 MiB under the benchmark's load, bench/README.md; 300 MiB
     * counted here) fits the memory limit, so a busy replica is not OOM-killed.
     */
    @Test
    void deploymentHeapLeavesRoomForTheRestOfTheProcessWithinTheMemoryLimit() {
        Map<String, Object> container = container(entry);
        String limit = string(container, "resources", "limits", "memory");
        assertTrue(limit.endsWith("Mi"), () -> "memory limit not in Mi: " + limit);
        double limitMiB = Double.parseDouble(limit.substring(0, limit.length() - 2));
        double heapPercent = list(at(container, "command")).stream().map(String::valueOf)
                .filter(option -> option.startsWith("-XX:MaxRAMPercentage="))
                .mapToDouble(option -> Double.parseDouble(option.substring(option.indexOf('=') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("the command sets no -XX:MaxRAMPercentage"));

        assertTrue(limitMiB * heapPercent / 100 + 300 <= limitMiB,
                () -> heapPercent + " % of " + limit + " leaves less than 300 MiB beside the heap");
    }

    @Test
    void deploymentRunsTheQuarkusJarInTheProdProfile() {
        Map<String, Object> container = container(entry);
        List<Object> command = list(at(container, "command"));
        assertEquals("java", command.get(0));
        assertEquals("/deployments/quarkus-app/quarkus-run.jar", command.get(command.size() - 1));
        assertEquals("prod", string(configMap(entry), "data", "QUARKUS_PROFILE"));
    }

    @Test
    void deploymentTakesCredentialsFromTheSecretAndSettingsFromTheConfigMap() {
        List<Object> envFrom = list(at(container(entry), "envFrom"));
        assertTrue(envFrom.stream().anyMatch(source -> SECRET.equals(at(source, "secretRef", "name"))),
                () -> "envFrom does not reference the secret " + SECRET);
        String configMapName = string(configMap(entry), "metadata", "name");
        assertTrue(envFrom.stream().anyMatch(source -> configMapName.equals(at(source, "configMapRef", "name"))),
                () -> "envFrom does not reference the ConfigMap " + configMapName);
        assertTrue(entry.all("Secret").isEmpty(), "secrets are created by the operator, never kept in k8s/");
    }

    @Test
    void configMapListensOnTheContainerPortAndLogsJson() {
        Map<String, Object> data = map(at(configMap(entry), "data"));
        assertEquals(String.valueOf(httpPort(container(entry)).get("containerPort")), data.get("QUARKUS_HTTP_PORT"));
        assertEquals("true", data.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"));
    }

    @Test
    void podRunsAsNonRootOnReadOnlyRootFilesystemWithWritableTmp() {
        Map<String, Object> pod = podSpec(entry);
        Map<String, Object> container = container(entry);
        assertEquals(true, at(pod, "securityContext", "runAsNonRoot"));
        assertEquals(true, at(container, "securityContext", "readOnlyRootFilesystem"));
        assertEquals(false, at(container, "securityContext", "allowPrivilegeEscalation"));
        String tmpVolume = list(at(container, "volumeMounts")).stream()
                .filter(mount -> "/tmp".equals(at(mount, "mountPath")))
                .map(mount -> (String) at(mount, "name"))
                .findFirst().orElseThrow(() -> new AssertionError("/tmp is not mounted"));
        assertTrue(list(at(pod, "volumes")).stream()
                .anyMatch(volume -> tmpVolume.equals(at(volume, "name")) && at(volume, "emptyDir") != null),
                "/tmp is not an emptyDir");
    }

    @Test
    void rollingUpdateNeverTakesAServingPodAway() {
        Map<String, Object> deployment = entry.one("Deployment");
        assertEquals("RollingUpdate", string(deployment, "spec", "strategy", "type"));
        assertEquals(0, at(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable"));
    }

    @Test
    void shutdownDrainsWithinTheGracePeriod() {
        List<Object> preStop = list(at(container(entry), "lifecycle", "preStop", "exec", "command"));
        assertEquals("sleep", preStop.get(0));
        int sleepSeconds = Integer.parseInt((String) preStop.get(1));
        int graceSeconds = (Integer) at(podSpec(entry), "terminationGracePeriodSeconds");
        String shutdownTimeout = string(configMap(entry), "data", "QUARKUS_SHUTDOWN_TIMEOUT");
        int drainSeconds = Integer.parseInt(shutdownTimeout.replaceFirst("s$", ""));
        assertTrue(sleepSeconds + drainSeconds < graceSeconds,
                () -> "preStop " + sleepSeconds + " s + drain " + drainSeconds + " s exceed the grace period "
                        + graceSeconds + " s");
    }

    @Test
    void podsInviteThePrometheusScrapeOfQuarkusMetrics() {
        Map<String, Object> annotations = map(at(entry.one("Deployment"), "spec", "template", "metadata",
                "annotations"));
        assertEquals("true", annotations.get("prometheus.io/scrape"));
        assertEquals("/q/metrics", annotations.get("prometheus.io/path"));
        assertTrue(isContainerPort(container(entry), Integer.valueOf((String) annotations.get("prometheus.io/port"))),
                "Prometheus scrapes a port the container does not expose");
    }

    @Test
    void serviceTargetsTheContainerPort() {
        Map<String, Object> service = entry.one("Service");
        assertSelectsThePods(entry, map(at(service, "spec", "selector")));
        for (Object port : list(at(service, "spec", "ports"))) {
            Object targetPort = at(port, "targetPort");
            assertTrue(isContainerPort(container(entry), targetPort),
                    () -> "Service targets port " + targetPort + ", which the container does not expose");
        }
    }

    @Test
    void horizontalPodAutoscalerScalesTheDeploymentOnCpu() {
        Map<String, Object> hpa = entry.one("HorizontalPodAutoscaler");
        assertEquals("Deployment", string(hpa, "spec", "scaleTargetRef", "kind"));
        assertEquals(string(entry.one("Deployment"), "metadata", "name"),
                string(hpa, "spec", "scaleTargetRef", "name"));
        Map<String, Object> cpu = map(list(at(hpa, "spec", "metrics")).stream()
                .filter(metric -> "cpu".equals(at(metric, "resource", "name")))
                .findFirst().orElseThrow(() -> new AssertionError("the HPA does not scale on CPU")));
        assertEquals(70, at(cpu, "resource", "target", "averageUtilization"));
        assertTrue((Integer) at(hpa, "spec", "minReplicas") <= (Integer) at(hpa, "spec", "maxReplicas"));
    }

    @Test
    void podDisruptionBudgetGuardsTheDeploymentsPods() {
        Map<String, Object> pdb = entry.one("PodDisruptionBudget");
        assertSelectsThePods(entry, map(at(pdb, "spec", "selector", "matchLabels")));
        assertEquals(1, at(pdb, "spec", "minAvailable"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void overlayStartsAsManyReplicasAsItsAutoscalerKeeps(Path overlay) {
        Tree tree = Tree.from(overlay);
        assertEquals(tree.effective("HorizontalPodAutoscaler", "spec", "minReplicas"), tree.replicas(),
                () -> overlay + " starts a different number of replicas than its HPA minimum");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void overlayLetsANodeDrainAtMinimumScale(Path overlay) {
        Tree tree = Tree.from(overlay);
        int minAvailable = (Integer) tree.effective("PodDisruptionBudget", "spec", "minAvailable");
        int minReplicas = (Integer) tree.effective("HorizontalPodAutoscaler", "spec", "minReplicas");
        assertTrue(minAvailable < minReplicas,
                () -> overlay + ": minAvailable " + minAvailable + " with " + minReplicas
                        + " replicas blocks every eviction");
    }

    @Test
    void productionPinsAnImageTag() {
        Tree prod = Tree.from(PROD);
        String image = string(container(prod), "image");
        String repository = image.substring(0, image.lastIndexOf(':'));
        Map<String, Object> pin = map(prod.kustomizations.stream()
                .flatMap(kustomization -> list(kustomization.get("images")).stream())
                .filter(override -> repository.equals(at(override, "name")))
                .reduce((inner, outer) -> outer)
                .orElseThrow(() -> new AssertionError("prod does not set the tag of " + repository)));
        String tag = String.valueOf(pin.get("newTag"));
        assertFalse(tag.isBlank());
        assertNotEquals("latest", tag);
    }

    private static void assertSelectsThePods(Tree tree, Map<String, Object> selector) {
        Map<String, Object> podLabels = map(at(tree.one("Deployment"), "spec", "template", "metadata", "labels"));
        assertFalse(selector.isEmpty(), "an empty selector matches every pod in the namespace");
        selector.forEach((key, value) -> assertEquals(value, podLabels.get(key), () -> "pods lack the label " + key));
    }

    private static Map<String, Object> podSpec(Tree tree) {
        return map(at(tree.one("Deployment"), "spec", "template", "spec"));
    }

    private static Map<String, Object> container(Tree tree) {
        return list(at(podSpec(tree), "containers")).stream()
                .map(KubernetesManifestsTest::map)
                .filter(container -> APP.equals(container.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no container named " + APP));
    }

    private static Map<String, Object> configMap(Tree tree) {
        return tree.one("ConfigMap");
    }

    private static Map<String, Object> httpPort(Map<String, Object> container) {
        return list(container.get("ports")).stream()
                .map(KubernetesManifestsTest::map)
                .filter(port -> "http".equals(port.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("the container exposes no port named http"));
    }

    private static boolean isContainerPort(Map<String, Object> container, Object port) {
        return list(container.get("ports")).stream()
                .anyMatch(declared -> port.equals(at(declared, "name")) || port.equals(at(declared, "containerPort")));
    }

    /** Value at a path of mapping keys, or null where the path ends early. */
    private static Object at(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> mapping)) {
                return null;
            }
            current = mapping.get(key);
        }
        return current;
    }

    private static String string(Object node, String... keys) {
        return (String) at(node, keys);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) assertInstanceOf(Map.class, node);
    }

    /** A YAML sequence, or an empty list where the key is absent. */
    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) assertInstanceOf(List.class, node);
    }

    /** Kind and name of the resource a patch changes. */
    private record Target(String kind, String name) {
    }

    /**
     * What one kustomization renders, gathered by following {@code resources} (files and kustomization directories),
     * {@code patches} and {@code patchesStrategicMerge}. Each list runs from the innermost base to the outermost
     * overlay, so the last entry that sets a value wins, as in kustomize.
     */
    private static final class Tree {

        private static final Yaml YAML = new Yaml(new SafeConstructor(new LoaderOptions()));

        final List<Map<String, Object>> kustomizations = new ArrayList<>();
        final List<Map<String, Object>> resources = new ArrayList<>();
        final List<Map<String, Object>> patches = new ArrayList<>();
        final List<Target> patchTargets = new ArrayList<>();
        private final Set<Path> visited = new HashSet<>();

        static Tree from(Path dir) {
            Tree tree = new Tree();
            tree.visit(dir.normalize());
            return tree;
        }

        List<Map<String, Object>> all(String kind) {
            return resources.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
        }

        Map<String, Object> one(String kind) {
            List<Map<String, Object>> found = all(kind);
            assertEquals(1, found.size(), () -> "expected exactly one " + kind);
            return found.get(0);
        }

        /** A value of the one resource of a kind after strategic-merge patches that set it. */
        Object effective(String kind, String... keys) {
            Map<String, Object> resource = one(kind);
            Object value = at(resource, keys);
            for (Map<String, Object> patch : patches) {
                if (kind.equals(patch.get("kind")) && Objects.equals(at(resource, "metadata", "name"),
                        at(patch, "metadata", "name")) && at(patch, keys) != null) {
                    value = at(patch, keys);
                }
            }
            return value;
        }

        /** Replica count of the one Deployment after the {@code replicas} overrides of the kustomizations. */
        Object replicas() {
            Map<String, Object> deployment = one("Deployment");
            Object count = at(deployment, "spec", "replicas");
            for (Map<String, Object> kustomization : kustomizations) {
                for (Object override : list(kustomization.get("replicas"))) {
                    if (Objects.equals(at(override, "name"), at(deployment, "metadata", "name"))) {
                        count = at(override, "count");
                    }
                }
            }
            return count;
        }

        private void visit(Path dir) {
            assertTrue(visited.add(dir), () -> dir + " is included twice");
            Path file = dir.resolve("kustomization.yaml");
            assertTrue(Files.isRegularFile(file), () -> dir + " has no kustomization.yaml");
            Map<String, Object> kustomization = map(documents(file).get(0));
            for (Object entry : list(kustomization.get("resources"))) {
                Path target = dir.resolve((String) entry).normalize();
                if (Files.isDirectory(target)) {
                    visit(target);
                } else {
                    resources.addAll(manifests(target));
                }
            }
            for (Object entry : list(kustomization.get("patches"))) {
                Map<String, Object> patch = map(entry);
                List<Object> documents = patch.containsKey("path")
                        ? documents(dir.resolve((String) patch.get("path")))
                        : parse((String) patch.get("patch"), file);
                if (patch.containsKey("target")) {
                    patchTargets.add(new Target(string(patch, "target", "kind"), string(patch, "target", "name")));
                } else {
                    documents.forEach(document -> addStrategicMerge(map(document)));
                }
            }
            for (Object entry : list(kustomization.get("patchesStrategicMerge"))) {
                manifests(dir.resolve((String) entry)).forEach(this::addStrategicMerge);
            }
            kustomizations.add(kustomization);
        }

        private void addStrategicMerge(Map<String, Object> patch) {
            patches.add(patch);
            patchTargets.add(new Target(string(patch, "kind"), string(patch, "metadata", "name")));
        }

        /** Kubernetes objects in a file: every document has apiVersion, kind and metadata.name. */
        private static List<Map<String, Object>> manifests(Path file) {
            List<Map<String, Object>> manifests = new ArrayList<>();
            for (Object document : documents(file)) {
                Map<String, Object> manifest = map(document);
                for (String key : List.of("apiVersion", "kind")) {
                    assertNotNull(manifest.get(key), () -> file + " has a document without " + key);
                }
                assertNotNull(at(manifest, "metadata", "name"), () -> file + " has a document without metadata.name");
                manifests.add(manifest);
            }
            return manifests;
        }

        /** Non-empty YAML documents of a file that must exist. */
        private static List<Object> documents(Path file) {
            assertTrue(Files.isRegularFile(file), () -> file + " is referenced but does not exist");
            try (Reader reader = Files.newBufferedReader(file)) {
                List<Object> documents = nonEmpty(YAML.loadAll(reader));
                assertFalse(documents.isEmpty(), () -> file + " is empty");
                return documents;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<Object> parse(String inline, Path file) {
            assertNotNull(inline, () -> file + " has a patch with neither path nor patch");
            return nonEmpty(YAML.loadAll(inline));
        }

        private static List<Object> nonEmpty(Iterable<Object> documents) {
            return StreamSupport.stream(documents.spliterator(), false).filter(Objects::nonNull).toList();
        }
    }
}
