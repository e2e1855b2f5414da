-- Accounts and contacts. Addresses are flattened columns so that each part can be filtered.

create table account (
    tenant_id                uuid          not null references tenant (id),
    id                       uuid          not null,
    name                     varchar(255)  not null,
    domain                   varchar(255),
    industry                 varchar(255),
    type                     varchar(20),
    annual_revenue           numeric(19, 2),
    annual_revenue_currency  varchar(3),
    employees                integer,
    phone                    varchar(50),
    website                  varchar(2048),
    billing_street           varchar(255),
    billing_city             varchar(255),
    billing_region           varchar(255),
    billing_postal_code      varchar(20),
    billing_country          varchar(255),
    shipping_street          varchar(255),
    shipping_city            varchar(255),
    shipping_region          varchar(255),
    shipping_postal_code     varchar(20),
    shipping_country         varchar(255),
    parent_account_id        uuid,
    owner_id                 uuid,
    tags                     varchar(255)[] not null default '{}',
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    version                  bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, parent_account_id) references account (tenant_id, id),
    constraint account_revenue_has_currency
        check ((annual_revenue is null) = (annual_revenue_currency is null))
);
create index account_name on account (tenant_id, name, id);
create index account_created on account (tenant_id, created_at, id);
create index account_domain on account (tenant_id, lower(domain));
create index account_parent on account (tenant_id, parent_account_id);

create table contact (
    tenant_id             uuid          not null references tenant (id),
    id                    uuid          not null,
    first_name            varchar(255),
    last_name             varchar(255),
    email                 varchar(320),
    phone                 varchar(50),
    mobile                varchar(50),
    title                 varchar(255),
    department            varchar(255),
    account_id            uuid,
    lifecycle_stage       varchar(20),
    lead_source           varchar(255),
    mailing_street        varchar(255),
    mailing_city          varchar(255),
    mailing_region        varchar(255),
    mailing_postal_code   varchar(20),
    mailing_country       varchar(255),
    do_not_contact        boolean       not null default false,
    owner_id              uuid,
    tags                  varchar(255)[] not null default '{}',
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, account_id) references account (tenant_id, id),
    constraint contact_has_a_name check (first_name is not null or last_name is not null)
);
create unique index contact_email_unique on contact (tenant_id, lower(email));
create index contact_account on contact (tenant_id, account_id, id);
create index contact_last_name on contact (tenant_id, last_name, id);
create index contact_created on contact (tenant_id, created_at, id);
