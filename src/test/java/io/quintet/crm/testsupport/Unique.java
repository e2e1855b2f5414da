package io.quintet.crm.testsupport;

import java.util.UUID;

/** Names and emails no other test (or earlier run against the same database) uses. */
public final class Unique {

    private Unique() {
    }

    /** A short random token, e.g. {@code 3f9a1c2e}. */
    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code prefix-<token>}. */
    public static String name(String prefix) {
        return prefix + "-" + suffix();
    }

    /** A valid email address no other contact has. */
    public static String email() {
        return "c-" + UUID.randomUUID() + "@example.com";
    }
}
