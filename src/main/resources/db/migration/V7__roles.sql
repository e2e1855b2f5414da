-- Roles per tenant: the built-in ones (added to each tenant the first time it is used) and those its
-- administrators define. What a role grants is kept as JSON text, read and written whole by the service:
-- permissions {"account": ["read", "update"]}, field rules {"account": {"annualRevenue": "hidden"}}.

create table crm_role (
    tenant_id    uuid          not null references tenant (id),
    id           uuid          not null,
    name         varchar(63)   not null,
    description  varchar(500),
    built_in     boolean       not null,
    permissions  text          not null,
    field_rules  text          not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    primary key (tenant_id, id),
    constraint crm_role_name_unique unique (tenant_id, name)
);
