package io.quintet.crm.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.jboss.logmanager.Logger;

/**
 * Counts the SQL statements Hibernate sends, by listening to the {@code org.hibernate.SQL} log
 * category (enabled at DEBUG, without console output, in the test profile). Every statement
 * Hibernate Reactive runs passes through that logger.
 */
public final class SqlStatementCounter implements AutoCloseable {

    private static final String CATEGORY = "org.hibernate.SQL";

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            statements.add(String.valueOf(record.getMessage()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private SqlStatementCounter() {
        Logger.getLogger(CATEGORY).addHandler(handler);
    }

    public static SqlStatementCounter start() {
        return new SqlStatementCounter();
    }

    /**
     * Statements of the data the request asked for: leaves out the caller gate's periodic reads of
     * the client's credentials ({@code api_client}) and the tenant's roles ({@code crm_role}), which
     * run whenever their short caches expire.
     */
    public int dataStatements() {
        return (int) statements.stream().filter(sql -> !sql.contains("api_client") && !sql.contains("crm_role"))
                .count();
    }

    /** Every statement's text, in the order sent. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    @Override
    public void close() {
        Logger.getLogger(CATEGORY).removeHandler(handler);
    }
}
