package io.quintet.crm.platform.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.ProblemKind;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.smallrye.mutiny.Uni;

/**
 * {@code Idempotency-Key} for POST: the first request with a key runs, and its answer is stored in
 * the same transaction as its change; a repeat with the same key and body within the retention
 * gets that answer again, a repeat with another body a 422. Keys are per caller.
 *
 * <p>Concurrent requests with one key serialise on the key's row: the second waits for the first
 * to commit, then replays it. A request that fails stores nothing, so it may be retried.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private final ObjectMapper json;
    private final CrmConfig config;

    Idempotency(ObjectMapper json, CrmConfig config) {
        this.json = json;
        this.config = config;
    }

    public Uni<Response> run(String key, Object requestBody, Supplier<Uni<Response>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || key.chars().anyMatch(Character::isISOControl)) {
            throw ApiProblem.invalidField(HEADER, HEADER + " must be 1-" + MAX_KEY_LENGTH + " printable characters");
        }
        String requestHash = hash(requestBody);
        String caller = Caller.require().principal();
        Instant now = Instant.now();
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> claim(session, caller, key,
                requestHash, now).chain(claimed -> claimed
                        ? action.get().call(response -> store(session, caller, key, response))
                        : replay(session, caller, key, requestHash))));
    }

    /** True when this request owns the key: it was unused, or its last use has expired. */
    private Uni<Boolean> claim(Mutiny.Session session, String caller, String key, String requestHash, Instant now) {
        return session.createNativeQuery("insert into idempotency_record (tenant_id, caller, idem_key, request_hash, "
                + "created_at) values (:tenant, :caller, :key, :hash, :now) on conflict (tenant_id, caller, idem_key) "
                + "do update set request_hash = excluded.request_hash, created_at = excluded.created_at, "
                + "status_code = null, response_body = null, location = null, etag = null "
                + "where idempotency_record.created_at < :expired")
                .setParameter("tenant", TenantContext.require())
                .setParameter("caller", caller)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("now", now)
                .setParameter("expired", now.minus(config.idempotency().retention()))
                .executeUpdate()
                .map(rows -> rows == 1);
    }

    private Uni<Integer> store(Mutiny.Session session, String caller, String key, Response response) {
        EntityTag etag = response.getEntityTag();
        return session.createNativeQuery("update idempotency_record set status_code = :status, response_body = :body, "
                + "location = :location, etag = :etag where tenant_id = :tenant and caller = :caller and idem_key = :key")
                .setParameter("status", response.getStatus())
                .setParameter("body", write(response.getEntity()))
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("etag", etag == null ? null : etag.getValue())
                .setParameter("tenant", TenantContext.require())
                .setParameter("caller", caller)
                .setParameter("key", key)
                .executeUpdate();
    }

    private Uni<Response> replay(Mutiny.Session session, String caller, String key, String requestHash) {
        return session.createNativeQuery("select request_hash, status_code, response_body, location, etag "
                + "from idempotency_record where tenant_id = :tenant and caller = :caller and idem_key = :key",
                Object[].class)
                .setParameter("tenant", TenantContext.require())
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getSingleResult()
                .map(row -> {
                    if (!requestHash.equals(row[0])) {
                        throw ApiProblem.of(ProblemKind.UNPROCESSABLE,
                                "This Idempotency-Key was already used with a different request body");
                    }
                    Response.ResponseBuilder replayed = Response.status((Integer) row[1])
                            .entity(row[2]).type(MediaType.APPLICATION_JSON)
                            .header("Idempotent-Replayed", "true");
                    if (row[3] != null) {
                        replayed.header("Location", row[3]);
                    }
                    if (row[4] != null) {
                        replayed.tag(new EntityTag((String) row[4]));
                    }
                    return replayed.build();
                });
    }

    private String hash(Object body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(write(body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
