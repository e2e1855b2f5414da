package io.quintet.crm.platform.crud;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quintet.crm.platform.audit.ChangeRecorder;
import io.quintet.crm.platform.security.SigningKeys;
import io.quintet.crm.platform.validation.InputValidator;

/** The shared collaborators of every {@link RecordService}, injected once. */
@ApplicationScoped
public class RecordSupport {

    private final InputValidator validator;
    private final ChangeRecorder changes;
    private final ObjectMapper json;
    private final SigningKeys keys;

    RecordSupport(InputValidator validator, ChangeRecorder changes, ObjectMapper json, SigningKeys keys) {
        this.validator = validator;
        this.changes = changes;
        this.json = json;
        this.keys = keys;
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

    byte[] cursorSecret() {
        return keys.current().cursorSecret();
    }
}
