package io.quintet.crm.platform.crud;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quintet.crm.platform.audit.ChangeRecorder;
import io.quintet.crm.platform.security.SigningKeys;
import io.quintet.crm.platform.sharing.Sharing;
import io.quintet.crm.platform.validation.InputValidator;
import io.smallrye.mutiny.Uni;

/** The shared collaborators of every {@link RecordService}, injected once. */
@ApplicationScoped
public class RecordSupport {

    private final InputValidator validator;
    private final ChangeRecorder changes;
    private final ObjectMapper json;
    private final SigningKeys keys;
    private final Mutiny.SessionFactory sessions;
    private final Sharing sharing;

    RecordSupport(InputValidator validator, ChangeRecorder changes, ObjectMapper json, SigningKeys keys,
            Mutiny.SessionFactory sessions, Sharing sharing) {
        this.sharing = sharing;
        this.validator = validator;
        this.changes = changes;
        this.json = json;
        this.keys = keys;
        this.sessions = sessions;
    }

    /**
     * Runs a read in a session of its own. GraphQL resolves sibling fields concurrently on one
     * request context, and a reactive session must never be used by two operations at once
     * (quarkus#32870), so reads never share the context's session.
     */
    public <T> Uni<T> read(Function<Mutiny.Session, Uni<T>> work) {
        return sessions.openSession().chain(session -> work.apply(session).eventually(session::close));
    }

    public InputValidator validator() {
        return validator;
    }

    public ChangeRecorder changes() {
        return changes;
    }

    public ObjectMapper json() {
        return json;
    }

    Sharing sharing() {
        return sharing;
    }

    byte[] cursorSecret() {
        return keys.current().cursorSecret();
    }
}
