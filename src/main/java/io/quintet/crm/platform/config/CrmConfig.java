package io.quintet.crm.platform.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The service's own settings, {@code crm.*} (environment: {@code CRM_*}). The counts and limits
 * that must be above zero are checked by {@link CrmConfigRules}.
 */
@ConfigMapping(prefix = "crm")
public interface CrmConfig {

    /** The first tenant and its administrator client, created on first start. */
    Bootstrap bootstrap();

    /** The CRM's own tokens for integrations. */
    Auth auth();

    /** Lists and pagination. */
    Lists lists();

    /** Idempotency-Key handling. */
    Idempotency idempotency();

    /** Largest request bodies. */
    BodyLimits bodyLimits();

    interface BodyLimits {
        /** Any endpoint but batch. */
        @WithDefault("1M")
        MemorySize standard();

        /** Batch endpoints; keep {@code quarkus.http.limits.max-body-size} at least this large. */
        @WithDefault("5M")
        MemorySize batch();
    }

    /** Requests per minute per caller (token buckets held in memory by each replica). */
    RateLimits rateLimits();

    interface RateLimits {
        /** Whether {@code /api/**} and {@code /graphql} requests are rate limited at all. */
        @WithDefault("true")
        boolean enabled();

        /** Requests per minute for a caller that no role or integration entry below names. */
        @WithDefault("600")
        int perMinute();

        /** Requests per minute by role ({@code crm.rate-limits.per-role.read_only=300}); several roles: the largest. */
        Map<String, Integer> perRole();

        /** Requests per minute for one integration by client id; wins over its role's entry. */
        Map<String, Integer> perIntegration();

        /** Most callers whose buckets one replica keeps; past that the least used are dropped (and start full again). */
        @WithDefault("100000")
        long maxCallers();
    }

    /** Committed outbox events: the LISTEN connection of each replica and live GraphQL subscriptions. */
    Events events();

    interface Events {
        /** Longest wait between attempts to re-open the LISTEN connection after it dropped (backoff doubles up to this). */
        @WithDefault("PT30S")
        Duration reconnectMaxDelay();

        /** How often a live subscription re-reads which owners' records its caller may see (teams, org-wide defaults). */
        @WithDefault("PT30S")
        Duration visibilityRefresh();

        /** Most events per tenant re-read for live subscribers after the LISTEN connection was re-opened. */
        @WithDefault("1000")
        int catchUpLimit();
    }

    /** Webhook subscriptions and their delivery. */
    Webhooks webhooks();

    interface Webhooks {
        /** How often each replica looks for events to fan out and deliveries that are due. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Longest wait for a receiver's answer, connecting included. */
        @WithDefault("10s")
        Duration timeout();

        /** Most requests in flight to one subscription at once. */
        @WithDefault("4")
        int concurrency();

        /** Most deliveries one replica claims per round. */
        @WithDefault("64")
        int claimBatch();

        /**
         * Waits before each retry, comma-separated ISO-8601 ({@code PT5S}) or short ({@code 5s,5m,2h,1d}) durations;
         * a delivery is given up after one attempt more than it lists.
         */
        @WithDefault("5s,5m,30m,2h,5h,10h,10h,10h,10h,10h,10h")
        String retrySchedule();

        /** Failed attempts in a row after which a subscription is disabled (and {@code webhook.disabled} emitted). */
        @WithDefault("12")
        int maxConsecutiveFailures();

        /** How long a rotated-out secret still signs deliveries, next to the new one. */
        @WithDefault("24h")
        Duration secretRotationOverlap();

        /** Host names, IP addresses and CIDR blocks receivers may use although they are private or loopback. */
        Optional<List<String>> allowedHosts();

        /** Whether receivers outside {@link #allowedHosts()} must use https. */
        @WithDefault("true")
        boolean requireHttps();

        /** How long outbox events and deliveries are kept. */
        @WithDefault("30d")
        Duration retention();

        /** How often one replica (whichever claims it) deletes what is past retention. */
        @WithDefault("1h")
        Duration retentionInterval();

        /** How long a claimed delivery stays claimed; past it, a dispatcher that died is assumed gone. */
        @WithDefault("60s")
        Duration lease();
    }

    /** Lead scoring in the background. */
    Leads leads();

    interface Leads {
        /** How often each replica looks for leads whose score is stale. */
        @WithDefault("5s")
        Duration rescoreInterval();

        /** Most leads one replica rescores per transaction. */
        @WithDefault("200")
        int rescoreBatch();

        /** With decay on, how old a score may get before it is computed again. */
        @WithDefault("1d")
        Duration decayRefresh();
    }

    /** The embedded PostgreSQL started when no datasource URL is configured (dev mode, tests). */
    EmbeddedPostgres embeddedPostgres();

    interface EmbeddedPostgres {
        /** Its data folder; dev mode defaults to {@code target/crm-dev-db}, tests use a temporary one. */
        Optional<String> dataDir();
    }

    interface Bootstrap {
        /** Client id of the default tenant's admin client; no default in prod. */
        String clientId();

        /** Its secret; no default in prod. */
        String clientSecret();

        /** Name of the tenant created on first start. */
        @WithDefault("Default")
        String tenantName();

        /** Slug of the tenant created on first start. */
        @WithDefault("default")
        String tenantSlug();
    }

    interface Auth {
        /** {@code iss} of tokens the CRM issues; verification accepts exactly this issuer for them. */
        @WithDefault("urn:quintet-crm")
        String issuer();

        /** {@code aud} of tokens the CRM issues. */
        @WithDefault("quintet-crm-api")
        String audience();

        /** Lifetime of an issued access token. */
        @WithDefault("PT1H")
        Duration tokenLifetime();

        /** PKCS#8 PEM private key to sign tokens with; when absent a generated key is kept in the database. */
        Optional<String> signingKey();

        /** X.509 PEM public key matching {@link #signingKey()}. */
        Optional<String> verificationKey();
    }

    interface Lists {
        /** Page size when a request names none. */
        @WithDefault("50")
        int defaultLimit();

        /** Largest page size a request may ask for. */
        @WithDefault("200")
        int maxLimit();
    }

    interface Idempotency {
        /** How long a stored answer is replayed for the same key. */
        @WithDefault("PT24H")
        Duration retention();
    }
}
