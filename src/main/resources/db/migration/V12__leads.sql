-- Leads, their per-tenant scoring and assignment settings, and the round-robin pointers.

create table lead (
    tenant_id                 uuid          not null references tenant (id),
    id                        uuid          not null,
    first_name                varchar(255),
    last_name                 varchar(255),
    company                   varchar(255),
    title                     varchar(255),
    email                     varchar(320),
    phone                     varchar(50),
    source                    varchar(20),
    status                    varchar(20)   not null,
    rating                    varchar(10),
    score                     integer       not null default 0,
    -- which rule gave what; rewritten with the score
    score_breakdown           jsonb         not null default '{}',
    -- the lead_scoring.version the score was computed with; the rescoring job looks for stale ones
    score_rules_version       bigint        not null default 0,
    scored_at                 timestamptz   not null default now(),
    industry                  varchar(255),
    company_size              integer,
    street                    varchar(255),
    city                      varchar(255),
    region                    varchar(255),
    postal_code               varchar(20),
    country                   varchar(255),
    campaign_id               uuid,
    description               text,
    disqualification_reason   varchar(1000),
    converted_account_id      uuid,
    converted_contact_id      uuid,
    converted_opportunity_id  uuid,
    converted_at              timestamptz,
    owner_id                  uuid,
    tags                      varchar(255)[] not null default '{}',
    created_at                timestamptz   not null,
    updated_at                timestamptz   not null,
    version                   bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, converted_account_id) references account (tenant_id, id),
    foreign key (tenant_id, converted_contact_id) references contact (tenant_id, id),
    constraint lead_has_a_name check (first_name is not null or last_name is not null or company is not null),
    constraint lead_disqualified_has_reason check (status <> 'DISQUALIFIED' or disqualification_reason is not null)
);
create index lead_last_name on lead (tenant_id, last_name, id);
create index lead_created on lead (tenant_id, created_at, id);
create index lead_score on lead (tenant_id, score, id);
create index lead_email on lead (tenant_id, lower(email));
create index lead_rescore on lead (tenant_id, score_rules_version);

create table lead_scoring (
    tenant_id       uuid         not null references tenant (id),
    rules           jsonb        not null,
    -- bumped on every change so that the rescoring job finds the leads scored with older rules
    version         bigint       not null,
    updated_at      timestamptz  not null,
    primary key (tenant_id)
);

create table lead_assignment (
    tenant_id       uuid         not null references tenant (id),
    rules           jsonb        not null,
    version         bigint       not null,
    updated_at      timestamptz  not null,
    primary key (tenant_id)
);

-- The next turn of each team's rotation, advanced in the transaction that inserts the lead: the row
-- lock serializes concurrent creates, so turns are handed out exactly once each.
create table lead_round_robin (
    tenant_id       uuid         not null references tenant (id),
    team_id         uuid         not null,
    next_turn       bigint       not null,
    primary key (tenant_id, team_id),
    foreign key (tenant_id, team_id) references team (tenant_id, id) on delete cascade
);
