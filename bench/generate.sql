-- Benchmark data, set-based and repeatable: psql -v scale=1 -v seed=0.42 -f bench/generate.sql
--
-- Runs against a database the service has already migrated, after the service has created the two
-- tenants (slugs :tenant_a and :tenant_b, default 'default' and 'bench') and, through any pipeline
-- request, their default pipelines. Writes rows exactly as the service would (tenant ids, version 0,
-- enum names, stage ids and kinds of the default pipeline, owners who are users of the tenant, a first
-- stage-history row per opportunity, activity links as the activity table's trigger writes them); it
-- writes no audit entries or outbox events, which no benchmarked read looks at.
--
-- Scale 1: 10,000 accounts, 100,000 contacts, 50,000 opportunities, 200,000 activities, 20 users.
-- Tenant A holds 75 % of each and one "key account" with 60 % of all contacts (the list shapes page
-- through it: a 50-row page and the page 1,000 pages deep need more than 50,000 contacts in one list);
-- the other accounts of tenant A have about 2 contacts each, those of tenant B 10 each. Every account
-- has about 5 opportunities. 3 % of contacts have doNotContact set (the list shapes filter them out).
-- Ids are md5(seed/kind/tenant/n), e.g. md5('0.42/contact/1/7'), which the pgbench scripts compute too;
-- other values come from random() after setseed(:seed), so the same scale and seed give the same rows.

\set ON_ERROR_STOP on
\if :{?scale}
\else
  \set scale 1
\endif
\if :{?seed}
\else
  \set seed 0.42
\endif
\if :{?tenant_a}
\else
  \set tenant_a default
\endif
\if :{?tenant_b}
\else
  \set tenant_b bench
\endif

-- random() must see rows in one order for the seed to repeat the data.
set max_parallel_workers_per_gather = 0;
set synchronous_commit = off;

begin;

select setseed(:seed);

create temporary table bench_tenant on commit drop as
select t.id as tenant_id, spec.ord, spec.share,
       p.id as pipeline_id, p.stages::jsonb as stages
from (values (1, :'tenant_a', 0.75), (2, :'tenant_b', 0.25)) as spec (ord, slug, share)
join tenant t on t.slug = spec.slug
left join pipeline p on p.tenant_id = t.id and p.is_default;

do $$
begin
    if (select count(*) from bench_tenant) <> 2 then
        raise exception 'both benchmark tenants must exist before generating (start the service, create them)';
    end if;
    if exists (select 1 from bench_tenant where pipeline_id is null) then
        raise exception 'each benchmark tenant needs its default pipeline (GET /api/v1/pipelines creates it)';
    end if;
    if exists (select 1 from account a join bench_tenant b using (tenant_id)) then
        raise exception 'the benchmark tenants already hold accounts: generate into a fresh database';
    end if;
end
$$;

-- Per tenant: how many of each, and where its rows start in the global numbering.
create temporary table bench_size on commit drop as
select tenant_id, ord, pipeline_id, stages,
       (10000 * :scale * share)::int as accounts,
       (100000 * :scale * share)::int as contacts,
       (50000 * :scale * share)::int as opportunities,
       (200000 * :scale * share)::int as activities,
       -- the key account's contacts (tenant A only)
       case ord when 1 then 60000 * :scale else 0 end as key_contacts
from bench_tenant;

create temporary table bench_stage on commit drop as
select s.tenant_id, (st.value ->> 'id')::uuid as stage_id, st.value ->> 'name' as stage_name,
       (st.value ->> 'probability')::int as probability, upper(st.value ->> 'kind') as kind, st.ordinality as position
from bench_size s, jsonb_array_elements(s.stages) with ordinality as st (value, ordinality);

-- Ten sales reps per tenant, as if signed in once through single sign-on.
create temporary table bench_user on commit drop as
select s.tenant_id, n as user_no, md5(:'seed' || '/user/' || s.ord || '/' || n)::uuid as id
from bench_size s, generate_series(1, 10) as n;

insert into crm_user (tenant_id, id, issuer, subject, email, display_name, roles, active, last_seen_at,
                      created_at, updated_at, version)
select tenant_id, id, 'https://sso.bench.example', 'bench-user-' || user_no,
       'rep' || user_no || '@bench.example', 'Bench Rep ' || user_no, 'sales_rep', true,
       timestamptz '2026-01-01 00:00:00+00', timestamptz '2025-01-01 00:00:00+00',
       timestamptz '2025-01-01 00:00:00+00', 0
from bench_user;

-- Accounts: n = 1 is the key account.
create temporary table bench_account on commit drop as
select s.tenant_id, n, md5(:'seed' || '/account/' || s.ord || '/' || n)::uuid as id,
       (select u.id from bench_user u where u.tenant_id = s.tenant_id and u.user_no = 1 + (n % 10)) as owner_id,
       timestamptz '2024-01-01 00:00:00+00' + (n * interval '1 minute') as created_at
from bench_size s, generate_series(1, s.accounts) as n;

insert into account (tenant_id, id, name, domain, industry, type, annual_revenue, annual_revenue_currency,
                     employees, phone, website, billing_city, billing_country, owner_id, tags, created_at,
                     updated_at, version)
select a.tenant_id, a.id,
       case a.n when 1 then 'Bench Key Account' else 'Account ' || a.n end,
       'account-' || a.n || '.bench.example',
       (array['Software', 'Retail', 'Manufacturing', 'Finance', 'Health', 'Energy', 'Media', 'Logistics',
              'Education', 'Public'])[1 + (a.n % 10)],
       (array['PROSPECT', 'CUSTOMER', 'PARTNER', 'COMPETITOR', 'OTHER'])[1 + floor(random() * 5)::int],
       round((random() * 10000000)::numeric, 2), 'EUR',
       10 + floor(random() * 5000)::int,
       '+33 1 00 00 ' || lpad((a.n % 10000)::text, 4, '0'),
       'https://account-' || a.n || '.bench.example',
       (array['Paris', 'Lyon', 'Berlin', 'Madrid', 'Milan', 'London', 'Dublin', 'Lisbon'])[1 + (a.n % 8)],
       (array['FR', 'FR', 'DE', 'ES', 'IT', 'GB', 'IE', 'PT'])[1 + (a.n % 8)],
       a.owner_id, '{}', a.created_at, a.created_at, 0
from bench_account a
order by a.tenant_id, a.n;

-- Contacts: tenant A's first key_contacts belong to the key account, the rest are spread evenly.
create temporary table bench_contact on commit drop as
select s.tenant_id, n, md5(:'seed' || '/contact/' || s.ord || '/' || n)::uuid as id,
       md5(:'seed' || '/account/' || s.ord || '/'
           || case when n <= s.key_contacts then 1
                   else 2 + ((n - s.key_contacts) % greatest(s.accounts - 1, 1)) end)::uuid as account_id,
       md5(:'seed' || '/user/' || s.ord || '/' || (1 + n % 10))::uuid as owner_id,
       timestamptz '2024-06-01 00:00:00+00' + (n * interval '10 seconds') as created_at
from bench_size s, generate_series(1, s.contacts) as n;

insert into contact (tenant_id, id, first_name, last_name, email, phone, mobile, title, department, account_id,
                     lifecycle_stage, lead_source, mailing_city, mailing_country, do_not_contact, owner_id, tags,
                     created_at, updated_at, version)
select c.tenant_id, c.id,
       (array['Ada', 'Alan', 'Grace', 'Linus', 'Margaret', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken',
              'Radia', 'Dennis', 'Hedy', 'John', 'Katherine', 'Tim', 'Shafi', 'Leslie', 'Sophie', 'Niklaus'])
           [1 + floor(random() * 20)::int],
       (array['Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
              'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
              'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefevre', 'Faure',
              'Andre', 'Mercier', 'Blanc', 'Guerin', 'Boyer', 'Garnier', 'Chevalier', 'Francois', 'Legrand',
              'Gauthier', 'Garcia'])[1 + floor(random() * 40)::int]
           || case when random() < 0.5 then '' else '-' || (1 + floor(random() * 50)::int) end,
       'c' || c.n || '.t' || s.ord || '@bench.example',
       '+33 6 00 ' || lpad((c.n % 1000000)::text, 6, '0'), null,
       (array['CEO', 'CTO', 'Buyer', 'Engineer', 'Director', 'Manager', 'Analyst', null])[1 + floor(random() * 8)::int],
       (array['Sales', 'IT', 'Finance', 'Operations', null])[1 + floor(random() * 5)::int],
       c.account_id,
       (array['SUBSCRIBER', 'LEAD', 'MQL', 'SQL', 'OPPORTUNITY', 'CUSTOMER', 'EVANGELIST', 'OTHER'])
           [1 + floor(random() * 8)::int],
       (array['web', 'referral', 'event', 'partner'])[1 + floor(random() * 4)::int],
       (array['Paris', 'Lyon', 'Berlin', 'Madrid', 'Milan', 'London'])[1 + floor(random() * 6)::int],
       (array['FR', 'DE', 'ES', 'IT', 'GB'])[1 + floor(random() * 5)::int],
       random() < 0.03,
       c.owner_id, '{}', c.created_at, c.created_at, 0
from bench_contact c join bench_size s using (tenant_id)
order by c.tenant_id, c.n;

-- Opportunities: about five per account, in the default pipeline's stages (two in three open).
create temporary table bench_opportunity on commit drop as
select s.tenant_id, s.pipeline_id, n, md5(:'seed' || '/opportunity/' || s.ord || '/' || n)::uuid as id,
       md5(:'seed' || '/account/' || s.ord || '/' || (1 + n % s.accounts))::uuid as account_id,
       md5(:'seed' || '/user/' || s.ord || '/' || (1 + n % 10))::uuid as owner_id,
       case when random() < 0.67 then 1 + floor(random() * 4)::int else 5 + floor(random() * 2)::int end as position,
       timestamptz '2025-01-01 00:00:00+00' + (n * interval '5 minutes') as created_at
from bench_size s, generate_series(1, s.opportunities) as n;

insert into opportunity (tenant_id, id, name, account_id, primary_contact_id, contact_roles, pipeline_id, stage_id,
                         status, amount, amount_currency, amount_from_line_items, probability,
                         probability_overridden, close_date, closed_at, type, forecast_category, lost_reason,
                         next_step, owner_id, tags, created_at, updated_at, version)
select o.tenant_id, o.id, 'Deal ' || o.n, o.account_id, null, '[]', o.pipeline_id, st.stage_id, st.kind,
       round((1000 + random() * 500000)::numeric, 2), 'EUR', false, st.probability, false,
       date '2026-01-01' + floor(random() * 365)::int,
       case when st.kind = 'OPEN' then null else o.created_at + interval '30 days' end,
       (array['NEW_BUSINESS', 'UPSELL', 'RENEWAL'])[1 + floor(random() * 3)::int],
       case st.kind when 'WON' then 'CLOSED' when 'LOST' then 'OMITTED'
            else (array['PIPELINE', 'BEST_CASE', 'COMMIT'])[1 + floor(random() * 3)::int] end,
       case when st.kind = 'LOST' then 'Price' end,
       case when st.kind = 'OPEN' then 'Call back' end,
       o.owner_id, '{}', o.created_at, o.created_at, 0
from bench_opportunity o
join bench_stage st on st.tenant_id = o.tenant_id and st.position = o.position
order by o.tenant_id, o.n;

-- The first stage-history row of each opportunity, written by the service with every create.
insert into opportunity_stage_change (tenant_id, id, opportunity_id, from_stage_id, from_stage_name, to_stage_id,
                                      to_stage_name, to_status, reopened, changed_by, created_at, updated_at, version)
select o.tenant_id, md5(:'seed' || '/stage-change/' || o.id)::uuid, o.id, null, null, st.stage_id, st.stage_name,
       st.kind, false, o.owner_id::text, o.created_at, o.created_at, 0
from bench_opportunity o
join bench_stage st on st.tenant_id = o.tenant_id and st.position = o.position
order by o.tenant_id, o.n;

-- Activities, each linked to a contact and that contact's account. The link trigger, a delete and an
-- insert per row, is off during this insert (it made scale 10 take half an hour); the links are then
-- written in one statement, as the trigger writes them.
alter table activity disable trigger activity_links_after_write;

insert into activity (tenant_id, id, kind, subject, body, due_date, status, priority, direction, duration_seconds,
                      starts_at, ends_at, email_from, email_to, sent_at, link_objects, link_ids, owner_id,
                      created_at, updated_at, version)
select x.tenant_id, x.id, x.kind,
       case when x.kind <> 'NOTE' then initcap(lower(x.kind)) || ' ' || x.n end,
       case when x.kind = 'NOTE' then 'Note ' || x.n end,
       case when x.kind = 'TASK' then date '2026-01-01' + (x.n % 365) end,
       case when x.kind = 'TASK' then (array['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'])[1 + x.n % 4] end,
       case when x.kind = 'TASK' then (array['LOW', 'NORMAL', 'HIGH'])[1 + x.n % 3] end,
       case when x.kind = 'CALL' then (array['INBOUND', 'OUTBOUND'])[1 + x.n % 2] end,
       case when x.kind = 'CALL' then 60 + x.n % 1800 end,
       case when x.kind = 'MEETING' then x.created_at + interval '2 days' end,
       case when x.kind = 'MEETING' then x.created_at + interval '2 days 1 hour' end,
       case when x.kind = 'EMAIL' then 'rep@bench.example' end,
       case when x.kind = 'EMAIL' then array['c' || x.contact_no || '.t' || x.ord || '@bench.example']::varchar(320)[]
            else '{}'::varchar(320)[] end,
       case when x.kind = 'EMAIL' then x.created_at end,
       array['contact', 'account']::varchar(50)[], array[c.id, c.account_id],
       md5(:'seed' || '/user/' || x.ord || '/' || (1 + x.n % 10))::uuid,
       x.created_at, x.created_at, 0
from (select s.tenant_id, s.ord, n, md5(:'seed' || '/activity/' || s.ord || '/' || n)::uuid as id,
             (array['TASK', 'CALL', 'MEETING', 'EMAIL', 'NOTE'])[1 + floor(random() * 5)::int] as kind,
             1 + floor(random() * s.contacts)::int as contact_no,
             timestamptz '2025-01-01 00:00:00+00' + (n * interval '2 minutes') as created_at
      from bench_size s, generate_series(1, s.activities) as n) as x
join bench_contact c on c.tenant_id = x.tenant_id and c.n = x.contact_no
order by x.tenant_id, x.n;

insert into activity_link (tenant_id, activity_id, object_type, object_id)
select distinct a.tenant_id, a.id, link.object_type, link.object_id
from activity a
join bench_tenant b using (tenant_id),
     unnest(a.link_objects, a.link_ids) as link (object_type, object_id);

alter table activity enable trigger activity_links_after_write;

commit;

analyze account;
analyze contact;
analyze opportunity;
analyze opportunity_stage_change;
analyze activity;
analyze activity_link;
analyze crm_user;

select (select count(*) from account) as accounts, (select count(*) from contact) as contacts,
       (select count(*) from opportunity) as opportunities, (select count(*) from activity) as activities,
       (select count(*) from activity_link) as activity_links, (select count(*) from crm_user) as users;
