package io.quintet.crm.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.platform.config.CrmConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The RSA key pair that signs the CRM's own tokens. Taken from configuration when given;
 * otherwise generated once and kept in the database, so that every replica signs and verifies
 * with the same key (the first replica to insert wins, the others read its row).
 */
@ApplicationScoped
public class SigningKeys {

    static final String GENERATED_KID = "crm-generated-1";

    private final CrmConfig config;
    private volatile Loaded loaded;

    /** The key in use; {@code publicKeyBase64} is the X.509 DER form quarkus-oidc expects. */
    public record Loaded(String kid, PrivateKey privateKey, PublicKey publicKey, String publicKeyBase64,
            byte[] cursorSecret) {
    }

    SigningKeys(CrmConfig config) {
        this.config = config;
    }

    public Loaded current() {
        Loaded current = loaded;
        if (current == null) {
            throw new IllegalStateException("Signing keys are not loaded yet");
        }
        return current;
    }

    /** Loads (or first generates) the key; called once at startup. */
    Uni<Loaded> load(Mutiny.Session session) {
        if (config.auth().signingKey().isPresent() && config.auth().verificationKey().isPresent()) {
            loaded = fromPem("crm-configured", config.auth().signingKey().get(), config.auth().verificationKey().get());
            return Uni.createFrom().item(loaded);
        }
        Context sessionContext = Vertx.currentContext();
        return stored(session).chain(existing -> existing != null ? Uni.createFrom().item(existing)
                // RSA key generation takes a noticeable time: off the event loop, and only on the first start.
                : Uni.createFrom().item(SigningKeys::generate)
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .emitOn(task -> sessionContext.runOnContext(ignored -> task.run()))
                        .chain(generated -> session.createNativeQuery("insert into signing_key (kid, private_key, "
                                + "public_key, created_at) values (:kid, :private, :public, :now) "
                                + "on conflict (kid) do nothing")
                                .setParameter("kid", GENERATED_KID)
                                .setParameter("private",
                                        Base64.getEncoder().encodeToString(generated.getPrivate().getEncoded()))
                                .setParameter("public",
                                        Base64.getEncoder().encodeToString(generated.getPublic().getEncoded()))
                                .setParameter("now", Instant.now())
                                .executeUpdate())
                        .chain(() -> stored(session)))
                .invoke(keys -> loaded = keys);
    }

    /** The generated key kept in the database, or null before the first start. */
    private static Uni<Loaded> stored(Mutiny.Session session) {
        return session.createNativeQuery(
                "select private_key || ' ' || public_key from signing_key where kid = :kid", String.class)
                .setParameter("kid", GENERATED_KID)
                .getResultList()
                .map(rows -> {
                    if (rows.isEmpty()) {
                        return null;
                    }
                    String[] parts = rows.get(0).split(" ");
                    return fromPem(GENERATED_KID, parts[0], parts[1]);
                });
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    private static Loaded fromPem(String kid, String privatePem, String publicPem) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            byte[] privateDer = der(privatePem);
            byte[] publicDer = der(publicPem);
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(privateDer));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(publicDer));
            // Cursors are signed with a secret every replica derives from the shared key.
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("quintet-crm cursor".getBytes(StandardCharsets.UTF_8));
            byte[] cursorSecret = sha256.digest(privateDer);
            return new Loaded(kid, privateKey, publicKey, Base64.getEncoder().encodeToString(publicDer), cursorSecret);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The token signing keys are not valid RSA keys in PEM or base64 DER form", e);
        }
    }

    private static byte[] der(String pemOrBase64) {
        String body = pemOrBase64.replaceAll("-----(BEGIN|END)[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
