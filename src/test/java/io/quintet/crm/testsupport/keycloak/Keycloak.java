package io.quintet.crm.testsupport.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tests' handle on the real Keycloak that {@link KeycloakTestResource} runs: its URL and issuers,
 * and real access tokens by the password grant, cached per realm, client and user until shortly
 * before they expire. Every method first waits until Keycloak answers.
 *
 * <p>The realms ({@code src/test/resources/keycloak/realms}) are two CRM tenants. Each user's
 * password is the username + {@code "-pw"}; the token's {@code groups} claim holds the user's realm
 * roles ({@code crm-admin}, {@code crm-sales-manager}, {@code crm-sales-rep},
 * {@code crm-support-agent}, {@code crm-marketer}, {@code crm-read-only}); {@code aud} holds
 * {@value #AUDIENCE} for client {@value #CLIENT} but not for {@value #OTHER_CLIENT}.
 * <ul>
 * <li>{@value #TENANT_A} (emails {@code @acme.example}): alice (crm-admin), mallory
 * (crm-sales-manager; in the CRM, manager of bob and erin), bob and erin (crm-sales-rep), dave
 * (crm-support-agent), mia (crm-marketer), rita (crm-read-only), ivan (crm-sales-rep, enabled in
 * Keycloak: the CRM is to deactivate him);</li>
 * <li>{@value #TENANT_B} (emails {@code @globex.example}): zoe (crm-admin), yuri (crm-sales-rep).</li>
 * </ul>
 */
public final class Keycloak {

    public static final String TENANT_A = "tenant-a";
    public static final String TENANT_B = "tenant-b";
    /** The CRM's public client: password grant and standard flow, adds {@value #AUDIENCE} to {@code aud}. */
    public static final String CLIENT = "quintet-crm";
    /** Another public client of the same realms whose tokens lack {@value #AUDIENCE}. */
    public static final String OTHER_CLIENT = "quintet-crm-other";
    /** The audience the CRM expects in access tokens. */
    public static final String AUDIENCE = "quintet-crm-api";
    /** The claim that carries the user's realm roles. */
    public static final String GROUPS_CLAIM = "groups";
    /** Keycloak's master-realm administrator (only when the test resource started Keycloak). */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /** A token is handed out again only while it has this much life left (lifespan: 300 s). */
    private static final Duration MIN_REMAINING = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();
    private static volatile String readyUrl;

    private Keycloak() {
    }

    /** Keycloak's base URL, e.g. {@code http://localhost:41234}, once it answers. */
    public static String url() {
        String ready = readyUrl;
        Config config = ConfigProvider.getConfig();
        String url = config.getOptionalValue(KeycloakTestResource.URL_KEY, String.class)
                .or(() -> Optional.ofNullable(System.getenv(KeycloakTestResource.URL_ENV)))
                .orElseThrow(() -> new IllegalStateException("No " + KeycloakTestResource.URL_KEY
                        + ": run inside a @QuarkusTest (KeycloakTestResource) or set "
                        + KeycloakTestResource.URL_ENV));
        if (url.equals(ready)) {
            return url;
        }
        synchronized (Keycloak.class) {
            if (!url.equals(readyUrl)) {
                long pid = config.getOptionalValue(KeycloakTestResource.PID_KEY, Long.class).orElse(-1L);
                Path log = config.getOptionalValue(KeycloakTestResource.LOG_KEY, String.class)
                        .map(Path::of).orElse(null);
                long deadline = config.getOptionalValue(KeycloakTestResource.DEADLINE_KEY, Long.class)
                        .orElse(System.currentTimeMillis()
                                + KeycloakTestResource.DEFAULT_TIMEOUT_SECONDS * 1000L);
                long waitFrom = System.currentTimeMillis();
                awaitReady(url, pid, log, deadline);
                readyUrl = url;
                long now = System.currentTimeMillis();
                config.getOptionalValue(KeycloakTestResource.LAUNCHED_KEY, Long.class).ifPresent(
                        launched -> System.out.printf("Keycloak at %s ready %.1f s after launch (tests waited %.1f s)%n",
                                url, (now - launched) / 1000.0, (now - waitFrom) / 1000.0));
            }
        }
        return url;
    }

    /** The issuer ({@code iss}) of a realm's tokens. */
    public static String issuer(String realm) {
        return url() + "/realms/" + realm;
    }

    /** A realm's OpenID Connect discovery document URL. */
    public static String discoveryUrl(String realm) {
        return issuer(realm) + "/.well-known/openid-configuration";
    }

    /** A realm's signing keys (JWKS) URL. */
    public static String jwksUrl(String realm) {
        return issuer(realm) + "/protocol/openid-connect/certs";
    }

    /** The password every seeded user has. */
    public static String password(String user) {
        return user + "-pw";
    }

    /** An access token of {@code user} in {@code realm} for the CRM's client {@value #CLIENT}. */
    public static String token(String realm, String user) {
        return tokenForClient(realm, CLIENT, user);
    }

    /** An access token of {@code user} in {@code realm} for the given (public) client. */
    public static String tokenForClient(String realm, String clientId, String user) {
        String base = url();
        String key = base + "|" + realm + "|" + clientId + "|" + user;
        CachedToken cached = TOKENS.get(key);
        if (cached != null && cached.usable()) {
            return cached.token();
        }
        CachedToken fresh = passwordGrant(base, realm, clientId, user, password(user));
        TOKENS.put(key, fresh);
        return fresh.token();
    }

    /** A fresh (uncached) token of Keycloak's master-realm admin, for Keycloak's admin REST API. */
    public static String adminToken() {
        return passwordGrant(url(), "master", "admin-cli", ADMIN_USER, ADMIN_PASSWORD).token();
    }

    /** The claims of a JWT, decoded without checking anything: for asserting what a token says. */
    public static Map<String, Object> claims(String jwt) {
        return decodePart(jwt, 1);
    }

    /** The JOSE header of a JWT ({@code alg}, {@code kid}, …), decoded without checking anything. */
    public static Map<String, Object> header(String jwt) {
        return decodePart(jwt, 0);
    }

    /** Forgets cached tokens, e.g. after changing a user in Keycloak. */
    public static void clearTokenCache() {
        TOKENS.clear();
    }

    private static Map<String, Object> decodePart(String jwt, int index) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT: " + jwt);
        }
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(parts[index]), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CachedToken passwordGrant(String base, String realm, String clientId, String user,
            String password) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", user,
                "password", password, "scope", "openid")
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            long asked = System.currentTimeMillis();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("Keycloak refused a token for " + user + " in " + realm + " (client "
                        + clientId + "): " + response.statusCode() + " " + response.body());
            }
            Map<String, Object> body = JSON.readValue(response.body(), new TypeReference<>() {
            });
            long expiresIn = ((Number) body.get("expires_in")).longValue();
            return new CachedToken((String) body.get("access_token"), asked + expiresIn * 1000);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reach Keycloak at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until {@code url} serves the tenant-a realm's discovery document; fails at once if the
     * process {@code pid} (if not -1) died, or at {@code deadlineMillis}, with the tail of {@code log}.
     */
    static void awaitReady(String url, long pid, Path log, long deadlineMillis) {
        String probe = url + "/realms/" + TENANT_A + "/.well-known/openid-configuration";
        HttpRequest request = HttpRequest.newBuilder(URI.create(probe)).timeout(Duration.ofSeconds(5)).GET().build();
        String last = "no answer yet";
        while (true) {
            try {
                HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            boolean dead = pid != -1 && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
            if (dead || System.currentTimeMillis() > deadlineMillis) {
                throw new IllegalStateException((dead ? "Keycloak exited" : "Keycloak did not answer in time")
                        + " at " + probe + " (" + last + "). Last lines of " + log + ":\n" + tail(log, 60));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
    }

    private static String tail(Path log, int lines) {
        if (log == null || !Files.isReadable(log)) {
            return "(no log)";
        }
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private record CachedToken(String token, long expiresAtMillis) {
        boolean usable() {
            return System.currentTimeMillis() + MIN_REMAINING.toMillis() < expiresAtMillis;
        }
    }
}
