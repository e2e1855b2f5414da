package io.quintet.crm.platform.error;

import io.vertx.pgclient.PgException;

/**
 * Recognises PostgreSQL errors that a client's input caused and names them as client errors. The
 * services check what they can first (with better messages); this is the safety net for races,
 * such as two requests creating the same email at once.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** The client error this failure stands for, or null when it is a server fault. */
    public static ApiProblem translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg) {
                return translate(pg);
            }
        }
        return null;
    }

    private static ApiProblem translate(PgException pg) {
        String constraint = pg.getConstraint() == null ? "" : pg.getConstraint();
        return switch (pg.getSqlState()) {
            case "23505" -> ApiProblem.conflict(constraint.contains("email")
                    ? "Another contact already has this email"
                    : "A record with the same unique value already exists");
            case "23503" -> ApiProblem.validation("A referenced record does not exist or is still referenced",
                    java.util.List.of());
            case "23514" -> ApiProblem.validation("The record breaks a rule: " + constraint, java.util.List.of());
            case "22001" -> ApiProblem.validation("A value is longer than its field allows", java.util.List.of());
            case "22021", "22P05" -> ApiProblem.validation("A value contains a character that is not allowed (NUL)",
                    java.util.List.of());
            default -> null;
        };
    }
}
