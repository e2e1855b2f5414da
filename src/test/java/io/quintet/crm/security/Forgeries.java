package io.quintet.crm.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.function.Consumer;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quintet.crm.testsupport.Json;

/**
 * Bad variants of real tokens: the same claims signed with a key of our own, or unsigned, or
 * with claims changed and signed again with a key the caller chooses (the service's real key, read
 * from its database, makes an expired or mis-addressed token that differs from a valid one only
 * in that claim).
 */
final class Forgeries {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final PrivateKey STRANGER = generateKey();

    private Forgeries() {
    }

    /** The token's header and claims, re-signed with a freshly generated key under the same {@code kid}. */
    static String signedByAStranger(String token) {
        return resign(token, STRANGER, claims -> {
        });
    }

    /** The token's claims under {@code "alg":"none"} with an empty signature. */
    static String unsigned(String token) {
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The token with its claims changed, signed with {@code key} under the token's {@code kid}. */
    static String resign(String token, PrivateKey key, Consumer<ObjectNode> change) {
        String[] parts = token.split("\\.");
        JsonNode header = Json.read(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        ObjectNode claims = (ObjectNode) Json.read(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        change.accept(claims);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toString());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(header.path("kid").asText());
        jws.setHeader("typ", "JWT");
        jws.setKey(key);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Issued two hours ago, expired one hour ago. */
    static Consumer<ObjectNode> expired() {
        long now = System.currentTimeMillis() / 1000;
        return claims -> claims.put("iat", now - 7200).put("nbf", now - 7200).put("exp", now - 3600);
    }

    /** An RSA private key given as base64 PKCS#8 DER, as the service keeps it. */
    static PrivateKey privateKey(String base64Der) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Der)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey generateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
