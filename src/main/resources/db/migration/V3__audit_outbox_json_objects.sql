-- Until this version the audit log and the outbox stored their JSON documents double-encoded: a
-- jsonb *string* holding the JSON text, so that changes->'name' and payload->'data' were null.
-- ChangeRecorder now stores objects; turn the rows written before into the objects they spell.
update audit_entry set changes = (changes #>> '{}')::jsonb where jsonb_typeof(changes) = 'string';
update outbox_event set payload = (payload #>> '{}')::jsonb where jsonb_typeof(payload) = 'string';
