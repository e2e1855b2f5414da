-- Activities: one table for every kind (task, call, meeting, email, note), with a kind column and
-- nullable kind-specific columns, so that lists, filters and the timeline read one table.
--
-- The records an activity is linked to are kept on the row (link_objects[i], link_ids[i]) as the
-- service writes them, and mirrored by a trigger into activity_link, whose index answers "the
-- activities of this record" for the timeline without a scan.

create table activity (
    tenant_id              uuid            not null references tenant (id),
    id                     uuid            not null,
    kind                   varchar(20)     not null,
    subject                varchar(255),
    body                   text,
    due_date               date,
    status                 varchar(20),
    priority               varchar(20),
    assignee_id            uuid,
    direction              varchar(20),
    duration_seconds       integer,
    outcome                varchar(255),
    starts_at              timestamptz,
    ends_at                timestamptz,
    location               varchar(255),
    attendee_user_ids      uuid[]          not null default '{}',
    attendee_contact_ids   uuid[]          not null default '{}',
    email_from             varchar(320),
    email_to               varchar(320)[]  not null default '{}',
    sent_at                timestamptz,
    link_objects           varchar(50)[]   not null,
    link_ids               uuid[]          not null,
    owner_id               uuid,
    created_at             timestamptz     not null,
    updated_at             timestamptz     not null,
    version                bigint          not null,
    -- When the activity happened, for the timeline: a meeting's start, an email's sending, else its creation.
    occurred_at            timestamptz     generated always as (coalesce(starts_at, sent_at, created_at)) stored,
    primary key (tenant_id, id),
    foreign key (tenant_id, assignee_id) references crm_user (tenant_id, id),
    constraint activity_kind check (kind in ('TASK', 'CALL', 'MEETING', 'EMAIL', 'NOTE')),
    constraint activity_links check (cardinality(link_ids) >= 1
        and cardinality(link_ids) = cardinality(link_objects)),
    constraint activity_meeting_times check (ends_at is null or starts_at is null or ends_at >= starts_at),
    constraint activity_duration check (duration_seconds is null or duration_seconds >= 0)
);
create index activity_kind_due on activity (tenant_id, kind, due_date, id);
create index activity_created on activity (tenant_id, created_at, id);
create index activity_assignee on activity (tenant_id, assignee_id);

create table activity_link (
    tenant_id    uuid         not null,
    activity_id  uuid         not null,
    object_type  varchar(50)  not null,
    object_id    uuid         not null,
    primary key (tenant_id, activity_id, object_type, object_id),
    foreign key (tenant_id, activity_id) references activity (tenant_id, id) on delete cascade
);
create index activity_link_object on activity_link (tenant_id, object_type, object_id, activity_id);

create function activity_sync_links() returns trigger language plpgsql as $$
begin
    delete from activity_link where tenant_id = new.tenant_id and activity_id = new.id;
    insert into activity_link (tenant_id, activity_id, object_type, object_id)
        select distinct new.tenant_id, new.id, link.object_type, link.object_id
        from unnest(new.link_objects, new.link_ids) as link (object_type, object_id);
    return null;
end;
$$;

create trigger activity_links_after_write after insert or update of link_objects, link_ids on activity
    for each row execute function activity_sync_links();
