package io.quintet.crm.platform.error;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import org.hibernate.JDBCException;
import org.hibernate.exception.ConstraintViolationException;

import io.vertx.pgclient.PgException;

/**
 * Recognises PostgreSQL errors that a client's input caused and names them as client errors. The
 * services check what they can first (with better messages); this is the safety net for races,
 * such as two requests creating the same email at once.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** The client error this failure stands for, or the failure itself when it is a server fault. */
    public static Throwable asClientError(Throwable failure) {
        ApiProblem translated = translate(failure);
        return translated != null ? translated : failure;
    }

    /**
     * The client error this failure stands for, or null when it is a server fault.
     *
     * <p>Hibernate Reactive does not keep the client's {@link PgException} as a cause: it rethrows a
     * {@link JDBCException} around a plain {@link SQLException} that has only the SQL state and message.
     * Both shapes are recognised; the constraint name then comes from Hibernate's parsing of the message.
     */
    public static ApiProblem translate(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof PgException pg) {
                return translate(pg.getSqlState(), pg.getConstraint());
            }
            if (t instanceof JDBCException jdbc && jdbc.getSQLState() != null) {
                return translate(jdbc.getSQLState(),
                        jdbc instanceof ConstraintViolationException violation ? violation.getConstraintName() : null);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return translate(sql.getSQLState(), null);
            }
        }
        return null;
    }

    private static ApiProblem translate(String sqlState, String constraintName) {
        String constraint = constraintName == null ? "" : constraintName;
        return switch (sqlState) {
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
