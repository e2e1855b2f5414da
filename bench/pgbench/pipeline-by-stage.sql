-- Shape 7, GET /api/v1/reports/pipeline-by-stage as tenant A's admin: the default pipeline's look-up, then
-- the report's one statement (io.quintet.crm.report.SalesReports.PIPELINE_BY_STAGE with ReportScope's
-- condition; an admin reads everything, and no owner or team filter is given).
select id as pipeline_id, name from pipeline where tenant_id = :tenant_a and ((null::uuid is null and is_default) or id = null::uuid) \gset
with stage as (
    select (s.value ->> 'id')::uuid as id, s.value ->> 'name' as name, s.value ->> 'kind' as kind,
           (s.value ->> 'probability')::int as probability, s.position
    from pipeline p cross join json_array_elements(p.stages::json) with ordinality as s (value, position)
    where p.tenant_id = :tenant_a and p.id = :pipeline_id::uuid),
deal as (
    select o.stage_id, o.amount, o.amount_currency, o.probability from opportunity o
    where o.tenant_id = :tenant_a and (true or o.owner_id = any('{}'::uuid[]))
      and (null::uuid is null or o.owner_id = null::uuid) and (null::uuid[] is null or o.owner_id = any(null::uuid[]))
      and (:pipeline_id::uuid is null or o.pipeline_id = :pipeline_id::uuid)),
stage_count as (select stage_id, count(*) as deals from deal group by stage_id),
currency_total as (
    select stage_id, amount_currency, count(*) as deals, sum(amount) as amount,
           round(sum(amount * probability) / 100, 2) as weighted
    from deal where amount is not null group by stage_id, amount_currency)
select s.id, s.name, s.kind, s.probability, coalesce(c.deals, 0) as deals,
       t.amount_currency, t.deals as currency_deals, t.amount, t.weighted
from stage s
left join stage_count c on c.stage_id = s.id
left join currency_total t on t.stage_id = s.id
order by s.position, t.amount_currency;
