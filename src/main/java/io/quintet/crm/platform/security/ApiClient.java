package io.quintet.crm.platform.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An integration's client credentials. Read before any tenant is known (a token request names only
 * the client), so it is deliberately not tenant-filtered: only this package touches it, and its
 * administration ({@link IntegrationService}) names the caller's tenant in every query.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public UUID tenantId;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(nullable = false)
    public String name;

    /** Space-separated role names. */
    @Column(nullable = false)
    public String roles;

    /** Space-separated scopes the client may request. */
    @Column(nullable = false)
    public String scopes;

    @Column(name = "platform_admin", nullable = false)
    public boolean platformAdmin;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** False once revoked: its tokens and credentials are refused. */
    @Column(nullable = false)
    public boolean active = true;

    /** Bumped by every secret rotation; tokens carry it, so older ones stop working. */
    @Column(name = "secret_version", nullable = false)
    public int secretVersion = 1;

    public Set<String> roleSet() {
        return split(roles);
    }

    public Set<String> scopeSet() {
        return split(scopes);
    }

    static Set<String> split(String spaceSeparated) {
        return new LinkedHashSet<>(Arrays.asList(spaceSeparated.trim().split("\\s+")));
    }
}
