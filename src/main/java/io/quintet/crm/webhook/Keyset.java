package io.quintet.crm.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quintet.crm.platform.query.Cursor;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.quintet.crm.platform.query.SortSpec;
import io.quintet.crm.platform.security.SigningKeys;

/** Signed keyset cursors over {@code (createdAt, id)}, the platform's {@link Cursor} for the webhook lists. */
@ApplicationScoped
class Keyset {

    /** The last row of a page: where the next page starts. */
    record Position(Instant createdAt, UUID id) {
    }

    private final SigningKeys keys;

    Keyset(SigningKeys keys) {
        this.keys = keys;
    }

    /** The position a cursor names, or null for the first page; a forged or foreign cursor is a 400. */
    Position decode(String resource, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        List<Object> values = Cursor.decode(cursor, sort(resource), keys.current().cursorSecret());
        return new Position((Instant) values.get(0), (UUID) values.get(1));
    }

    String encode(String resource, Instant createdAt, UUID id) {
        return Cursor.encode(sort(resource), List.of(createdAt, id), keys.current().cursorSecret());
    }

    private static SortSpec sort(String resource) {
        return SortSpec.parse(null, QueryFields.of(resource,
                QueryField.timestamp("createdAt", "e.createdAt").sortable().build()), "createdAt");
    }
}
