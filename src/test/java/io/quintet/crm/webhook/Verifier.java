package io.quintet.crm.webhook;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import io.quintet.crm.testsupport.Json;

/**
 * The third-party verifier: the npm package {@code standardwebhooks} (src/test/node), installed from the npm
 * registry on first use and run with node. Each check is {secret, headers, body}.
 */
final class Verifier {

    private static final File DIRECTORY = new File("src/test/node");

    /** One delivery to verify. */
    record Check(String secret, Map<String, String> headers, String body) {
    }

    private Verifier() {
    }

    /** For each check, null when the library accepts it, else its error message. */
    static List<String> verify(List<Check> checks) {
        install();
        String output = run(List.of("node", "verify.js"), Json.write(checks));
        JsonNode results = Json.read(output);
        return java.util.stream.StreamSupport.stream(results.spliterator(), false)
                .map(result -> result.path("valid").asBoolean() ? null : result.path("error").asText()).toList();
    }

    private static synchronized void install() {
        if (!new File(DIRECTORY, "node_modules/standardwebhooks").isDirectory()) {
            run(List.of("npm", "install", "--no-audit", "--no-fund", "--no-package-lock"), "");
        }
    }

    private static String run(List<String> command, String input) {
        try {
            Process process = new ProcessBuilder(command).directory(DIRECTORY)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
