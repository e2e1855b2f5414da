-- Single sign-on: each tenant's OIDC provider, and the users it signs in (provisioned on first
-- sign-in). identity_provider is a routing table read before the tenant is known (a token names
-- only its issuer), hence its global unique index on issuer.

create table identity_provider (
    tenant_id     uuid           primary key references tenant (id),
    issuer        varchar(2048)  not null,
    client_id     varchar(255)   not null,
    audience      varchar(255),
    roles_claim   varchar(255)   not null,
    role_mapping  jsonb          not null,
    created_at    timestamptz    not null,
    updated_at    timestamptz    not null,
    version       bigint         not null,
    constraint identity_provider_issuer_unique unique (issuer)
);

create table crm_user (
    tenant_id     uuid           not null references tenant (id),
    id            uuid           not null,
    issuer        varchar(2048)  not null,
    subject       varchar(255)   not null,
    email         varchar(320),
    display_name  varchar(255),
    roles         varchar(1000)  not null,
    active        boolean        not null default true,
    last_seen_at  timestamptz    not null,
    created_at    timestamptz    not null,
    updated_at    timestamptz    not null,
    version       bigint         not null,
    primary key (tenant_id, id),
    constraint crm_user_identity_unique unique (tenant_id, issuer, subject)
);
create index crm_user_email on crm_user (tenant_id, lower(email));
