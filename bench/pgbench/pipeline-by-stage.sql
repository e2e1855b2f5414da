-- Shape 7, GET /api/v1/reports/pipeline-by-stage: a stand-in until the report is merged (replace it with
-- the statements the report issues): the default pipeline, then open opportunities grouped by stage.
select id, stages from pipeline where tenant_id = :tenant_a and is_default;
select stage_id, count(*), sum(amount), sum(amount * probability / 100) from opportunity where tenant_id = :tenant_a and status = 'OPEN' group by stage_id;
