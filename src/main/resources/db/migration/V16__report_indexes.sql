-- The win-rate, deal-size and forecast reports read the opportunities closed in a range of days.
create index opportunity_closed_at on opportunity (tenant_id, closed_at) where closed_at is not null;
