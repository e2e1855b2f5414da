-- Record visibility: teams (a manager and members) and each tenant's org-wide default access per
-- object type (private, read, read_write).

create table team (
    tenant_id    uuid          not null references tenant (id),
    id           uuid          not null,
    name         varchar(255)  not null,
    manager_id   uuid,
    member_ids   uuid[]        not null default '{}',
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, manager_id) references crm_user (tenant_id, id)
);
create index team_manager on team (tenant_id, manager_id);

create table sharing_default (
    tenant_id    uuid         not null references tenant (id),
    object_type  varchar(50)  not null,
    access       varchar(20)  not null,
    updated_at   timestamptz  not null,
    primary key (tenant_id, object_type),
    constraint sharing_default_access check (access in ('private', 'read', 'read_write'))
);
