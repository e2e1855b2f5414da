-- Sales: pipelines with their stages, opportunities and their stage history, products, price books
-- and opportunity line items.

-- A pipeline's stages are an ordered JSON array [{"id","name","probability","kind"}], kept as text
-- like role definitions: they are always read and written with their pipeline, in the array's order.
create table pipeline (
    tenant_id    uuid          not null references tenant (id),
    id           uuid          not null,
    name         varchar(255)  not null,
    is_default   boolean       not null default false,
    stages       text          not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    primary key (tenant_id, id)
);
create unique index pipeline_one_default on pipeline (tenant_id) where is_default;
create index pipeline_name on pipeline (tenant_id, name, id);

-- status and closed_at follow the stage's kind (open, won, lost); amount_from_line_items says the
-- amount is the sum of the line items.
create table opportunity (
    tenant_id               uuid          not null references tenant (id),
    id                      uuid          not null,
    name                    varchar(255)  not null,
    account_id              uuid          not null,
    primary_contact_id      uuid,
    contact_roles           text          not null default '[]',
    pipeline_id             uuid          not null,
    stage_id                uuid          not null,
    status                  varchar(10)   not null,
    amount                  numeric(19, 2),
    amount_currency         varchar(3),
    amount_from_line_items  boolean       not null default false,
    probability             integer       not null,
    probability_overridden  boolean       not null default false,
    close_date              date,
    closed_at               timestamptz,
    type                    varchar(20),
    forecast_category       varchar(20),
    lost_reason             varchar(255),
    next_step               varchar(255),
    campaign_id             uuid,
    owner_id                uuid,
    tags                    varchar(255)[] not null default '{}',
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    version                 bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, account_id) references account (tenant_id, id),
    foreign key (tenant_id, primary_contact_id) references contact (tenant_id, id),
    foreign key (tenant_id, pipeline_id) references pipeline (tenant_id, id),
    constraint opportunity_amount_has_currency check ((amount is null) = (amount_currency is null)),
    constraint opportunity_probability check (probability between 0 and 100),
    constraint opportunity_status check (status in ('OPEN', 'WON', 'LOST'))
);
create index opportunity_name on opportunity (tenant_id, name, id);
create index opportunity_created on opportunity (tenant_id, created_at, id);
create index opportunity_account on opportunity (tenant_id, account_id, id);
create index opportunity_stage on opportunity (tenant_id, pipeline_id, stage_id);
create index opportunity_close_date on opportunity (tenant_id, close_date, id);
create index opportunity_owner on opportunity (tenant_id, owner_id);

-- One row per stage change, written with the change. The foreign key is checked at commit because a
-- new opportunity's first entry is written in the transaction that inserts the opportunity.
create table opportunity_stage_change (
    tenant_id        uuid          not null references tenant (id),
    id               uuid          not null,
    opportunity_id   uuid          not null,
    from_stage_id    uuid,
    from_stage_name  varchar(255),
    to_stage_id      uuid          not null,
    to_stage_name    varchar(255)  not null,
    to_status        varchar(10)   not null,
    reopened         boolean       not null default false,
    changed_by       varchar(255)  not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, opportunity_id) references opportunity (tenant_id, id)
        on delete cascade deferrable initially deferred
);
create index opportunity_stage_change_opportunity on opportunity_stage_change (tenant_id, opportunity_id, created_at, id);

create table product (
    tenant_id    uuid          not null references tenant (id),
    id           uuid          not null,
    sku          varchar(100)  not null,
    name         varchar(255)  not null,
    family       varchar(255),
    description  varchar(4000),
    active       boolean       not null default true,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    primary key (tenant_id, id)
);
create unique index product_sku_unique on product (tenant_id, sku);
create index product_name on product (tenant_id, name, id);

create table price_book (
    tenant_id    uuid          not null references tenant (id),
    id           uuid          not null,
    name         varchar(255)  not null,
    description  varchar(4000),
    is_standard  boolean       not null default false,
    active       boolean       not null default true,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    primary key (tenant_id, id)
);
create unique index price_book_one_standard on price_book (tenant_id) where is_standard;
create index price_book_name on price_book (tenant_id, name, id);

create table price_book_entry (
    tenant_id      uuid          not null references tenant (id),
    id             uuid          not null,
    price_book_id  uuid          not null,
    product_id     uuid          not null,
    currency       varchar(3)    not null,
    list_price     numeric(19, 2) not null,
    active         boolean       not null default true,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, price_book_id) references price_book (tenant_id, id),
    foreign key (tenant_id, product_id) references product (tenant_id, id)
);
create unique index price_book_entry_unique on price_book_entry (tenant_id, price_book_id, product_id, currency);
create index price_book_entry_product on price_book_entry (tenant_id, product_id);

create table opportunity_line_item (
    tenant_id       uuid           not null references tenant (id),
    id              uuid           not null,
    opportunity_id  uuid           not null,
    product_id      uuid           not null,
    quantity        numeric(19, 4) not null,
    unit_price      numeric(19, 2) not null,
    discount        numeric(5, 2)  not null default 0,
    total           numeric(19, 2) not null,
    description     varchar(255),
    created_at      timestamptz    not null,
    updated_at      timestamptz    not null,
    version         bigint         not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, opportunity_id) references opportunity (tenant_id, id) on delete cascade,
    foreign key (tenant_id, product_id) references product (tenant_id, id),
    constraint line_item_quantity check (quantity > 0),
    constraint line_item_discount check (discount between 0 and 100)
);
create index opportunity_line_item_opportunity on opportunity_line_item (tenant_id, opportunity_id, created_at, id);
create index opportunity_line_item_product on opportunity_line_item (tenant_id, product_id);
