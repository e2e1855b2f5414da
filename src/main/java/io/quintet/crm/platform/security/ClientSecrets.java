package io.quintet.crm.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generates and checks client secrets. Generated secrets carry 256 random bits, so a plain
 * SHA-256 is a sufficient hash (a slow password hash protects guessable secrets, which these are
 * not) and keeps the token endpoint off worker threads.
 */
public final class ClientSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientSecrets() {
    }

    public static String newSecret() {
        return random(32);
    }

    public static String newClientId() {
        return "cli_" + random(12);
    }

    static String random(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison, so response timing does not leak how much of a secret matched. */
    static boolean matches(String secret, String expectedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
