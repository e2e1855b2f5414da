-- Platform tables: tenants, API clients, token signing keys, audit log, outbox, idempotency.
-- Every tenant-owned table keys on (tenant_id, id) and every index leads with tenant_id, so a
-- table can later be distributed by tenant (Citus) without reshaping it.

create table tenant (
    id          uuid primary key,
    name        varchar(255) not null,
    slug        varchar(63)  not null,
    created_at  timestamptz  not null,
    constraint tenant_slug_unique unique (slug)
);

-- Client credentials for integrations. client_id is globally unique because a token request
-- names no tenant: the client decides it.
create table api_client (
    tenant_id       uuid         not null references tenant (id),
    id              uuid         not null,
    client_id       varchar(100) not null,
    secret_hash     varchar(64)  not null,
    name            varchar(255) not null,
    roles           varchar(1000) not null,
    scopes          varchar(2000) not null,
    platform_admin  boolean      not null default false,
    created_at      timestamptz  not null,
    primary key (tenant_id, id),
    constraint api_client_client_id_unique unique (client_id)
);

-- Keys that sign the CRM's own tokens, shared by every replica.
create table signing_key (
    kid          varchar(64) primary key,
    private_key  text        not null,
    public_key   text        not null,
    created_at   timestamptz not null
);

create table audit_entry (
    tenant_id    uuid         not null references tenant (id),
    id           uuid         not null,
    occurred_at  timestamptz  not null,
    actor_type   varchar(20)  not null,
    actor_id     varchar(255) not null,
    object_type  varchar(50)  not null,
    object_id    uuid         not null,
    action       varchar(20)  not null,
    changes      jsonb        not null,
    primary key (tenant_id, id)
);
create index audit_entry_object on audit_entry (tenant_id, object_type, object_id, occurred_at);

-- Domain events written in the same transaction as the change (transactional outbox).
create table outbox_event (
    tenant_id    uuid         not null references tenant (id),
    id           uuid         not null,
    seq          bigserial    not null,
    event_type   varchar(100) not null,
    object_type  varchar(50)  not null,
    object_id    uuid         not null,
    occurred_at  timestamptz  not null,
    payload      jsonb        not null,
    primary key (tenant_id, id)
);
create index outbox_event_seq on outbox_event (tenant_id, seq);

create table idempotency_record (
    tenant_id      uuid          not null references tenant (id),
    caller         varchar(255)  not null,
    idem_key       varchar(255)  not null,
    request_hash   varchar(64)   not null,
    status_code    integer,
    response_body  text,
    location       varchar(2048),
    etag           varchar(100),
    created_at     timestamptz   not null,
    primary key (tenant_id, caller, idem_key)
);
create index idempotency_record_age on idempotency_record (tenant_id, created_at);
