package io.quintet.crm.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Read-only JDBC access to the service's database for what the API does not show: the audit log
 * and the outbox.
 */
public final class Database {

    private final String url;
    private final String username;
    private final String password;

    private Database(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** The database of the service under test, from its datasource configuration (tests share its JVM). */
    public static Database ofService() {
        Config config = ConfigProvider.getConfig();
        return new Database(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    /** One audit entry: the action and its {@code {"field": {"from", "to"}}} changes. */
    public record AuditEntry(String objectType, String action, String actorId, JsonNode changes) {
    }

    /** One outbox event: its type and JSON payload. */
    public record OutboxEvent(String eventType, String objectType, JsonNode payload) {
    }

    /** The audit entries of one record, oldest first. */
    public List<AuditEntry> auditEntries(String objectId) {
        return query("select object_type, action, actor_id, changes::text as changes from audit_entry "
                + "where object_id = ? order by occurred_at, id", UUID.fromString(objectId)).stream()
                .map(row -> new AuditEntry((String) row.get("object_type"), (String) row.get("action"),
                        (String) row.get("actor_id"), Json.read((String) row.get("changes"))))
                .toList();
    }

    /** The outbox events of one record, in the order they were written. */
    public List<OutboxEvent> outboxEvents(String objectId) {
        return query("select event_type, object_type, payload::text as payload from outbox_event "
                + "where object_id = ? order by seq", UUID.fromString(objectId)).stream()
                .map(row -> new OutboxEvent((String) row.get("event_type"), (String) row.get("object_type"),
                        Json.read((String) row.get("payload"))))
                .toList();
    }

    /** A single number, e.g. a count. */
    public long count(String sql, Object... params) {
        List<Map<String, Object>> rows = query(sql, params);
        return ((Number) rows.get(0).values().iterator().next()).longValue();
    }

    /** Runs a query and returns each row as column label → value. */
    public List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }
}
