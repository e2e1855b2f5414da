-- An account's contacts come in the contacts' default order (last name, first name, id): the REST list
-- /accounts/{id}/contacts and GraphQL's Account.contacts. With (tenant_id, account_id, id) alone, a
-- large account's first page read and sorted all of its contacts (a prepared statement's generic plan
-- did so even for small ones); this index hands them over in order. It also covers every lookup the
-- old index served, by its leading columns, so that one goes.
create index contact_account_name on contact (tenant_id, account_id, last_name, first_name, id);
drop index contact_account;
