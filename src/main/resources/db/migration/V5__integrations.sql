-- Integrations can be revoked and their secrets rotated; tokens carry the secret's version so
-- that either makes existing tokens fail.
alter table api_client add column active boolean not null default true;
alter table api_client add column secret_version integer not null default 1;
alter table api_client add column updated_at timestamptz;
update api_client set updated_at = created_at;
alter table api_client alter column updated_at set not null;
