package io.quintet.crm.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
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

    private final AtomicInteger count = new AtomicInteger();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            count.incrementAndGet();
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

    public int count() {
        return count.get();
    }

    @Override
    public void close() {
        Logger.getLogger(CATEGORY).removeHandler(handler);
    }
}
