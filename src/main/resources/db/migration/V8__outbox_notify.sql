-- Tells listeners (every replica's OutboxNotifications) that an outbox event committed. NOTIFY is
-- delivered only when the inserting transaction commits, so a rolled-back change never announces
-- itself. The payload stays small (PostgreSQL caps it below 8000 bytes): listeners load the event
-- itself by (tenant_id, seq), which the outbox_event_seq index serves.
create function outbox_event_notify() returns trigger
    language plpgsql
as $$
begin
    perform pg_notify('crm_outbox', json_build_object('tenantId', new.tenant_id, 'seq', new.seq, 'id', new.id)::text);
    return null;
end;
$$;

create trigger outbox_event_notify
    after insert on outbox_event
    for each row execute function outbox_event_notify();
