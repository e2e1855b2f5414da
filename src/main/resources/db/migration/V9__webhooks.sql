-- Webhooks: subscriptions, one delivery per (event, matching subscription), and the log of every
-- attempt. The dispatcher reads across tenants; its indexes still lead with tenant_id (Citus) and
-- are partial, so they hold only the pending work and stay small.

create table webhook_subscription (
    tenant_id                    uuid           not null references tenant (id),
    id                           uuid           not null,
    url                          varchar(2048)  not null,
    description                  varchar(1000),
    event_types                  varchar(100)[] not null,
    fields                       varchar(100)[] not null default '{}',
    active                       boolean        not null,
    -- The principal that created it; an integration (client) manages only its own.
    owner_type                   varchar(20)    not null,
    owner_id                     varchar(255)   not null,
    -- Kept in clear: an HMAC key must be known to sign with it.
    secret                       varchar(200)   not null,
    previous_secret              varchar(200),
    previous_secret_expires_at   timestamptz,
    -- Failed attempts in a row, and when the next attempt to this endpoint may start.
    failure_streak               integer        not null default 0,
    paused_until                 timestamptz,
    disabled_reason              varchar(500),
    created_at                   timestamptz    not null,
    updated_at                   timestamptz    not null,
    version                      bigint         not null,
    primary key (tenant_id, id)
);
create index webhook_subscription_owner on webhook_subscription (tenant_id, owner_type, owner_id);

-- Events written before webhooks existed have nobody to go to.
alter table outbox_event add column fanned_out boolean not null default true;
alter table outbox_event alter column fanned_out set default false;
create index outbox_event_fan_out on outbox_event (tenant_id, seq) where not fanned_out;
create index outbox_event_age on outbox_event (tenant_id, occurred_at);

create table webhook_delivery (
    tenant_id        uuid          not null references tenant (id),
    id               uuid          not null,
    subscription_id  uuid          not null,
    event_id         uuid          not null,
    event_type       varchar(100)  not null,
    created_at       timestamptz   not null,
    -- pending, delivered, failed (the schedule ran out)
    status           varchar(20)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    -- A claim's lease: while in the future another dispatcher leaves the row alone; once past
    -- (a dispatcher died mid-send) the delivery is due again.
    locked_until     timestamptz,
    -- The event as this subscription's owner may see it, when its role hides some of the fields;
    -- null sends the event as recorded.
    body             text,
    primary key (tenant_id, id),
    foreign key (tenant_id, subscription_id) references webhook_subscription (tenant_id, id) on delete cascade,
    constraint webhook_delivery_status check (status in ('pending', 'delivered', 'failed'))
);
create index webhook_delivery_due on webhook_delivery (tenant_id, next_attempt_at) where status = 'pending';
create index webhook_delivery_log on webhook_delivery (tenant_id, subscription_id, created_at, id);
create index webhook_delivery_age on webhook_delivery (tenant_id, created_at);

create table webhook_attempt (
    tenant_id       uuid           not null references tenant (id),
    id              uuid           not null,
    delivery_id     uuid           not null,
    attempted_at    timestamptz    not null,
    status_code     integer,
    latency_ms      integer        not null,
    response_body   varchar(1024),
    error           varchar(1000),
    primary key (tenant_id, id),
    foreign key (tenant_id, delivery_id) references webhook_delivery (tenant_id, id) on delete cascade
);
create index webhook_attempt_delivery on webhook_attempt (tenant_id, delivery_id, attempted_at);
