-- Tenants made before activities existed hold their built-in roles and admin clients as they were
-- then; give them what Roles.defaults() and Scopes.ALL now have for activities. A role that already
-- names activities (an administrator may have tuned it) keeps what it has.

update crm_role set permissions = cast(jsonb_build_object(
        'activity', jsonb_build_array('read', 'create', 'update', 'delete', 'export'))
        || cast(permissions as jsonb) as text)
    where built_in and name = 'sales_manager';

update crm_role set permissions = cast(jsonb_build_object(
        'activity', jsonb_build_array('read', 'create', 'update'))
        || cast(permissions as jsonb) as text)
    where built_in and name = 'sales_rep';

update crm_role set permissions = cast(jsonb_build_object(
        'activity', jsonb_build_array('read'))
        || cast(permissions as jsonb) as text)
    where built_in and name in ('support_agent', 'marketer', 'read_only');

-- Tenant admin clients were given every scope there was: those holding all of the first ones get the
-- activity scopes too (the bootstrap client gets Scopes.ALL again on every start).
update api_client set scopes = scopes || ' activities:read activities:write'
    where string_to_array(scopes, ' ') @> array['accounts:read', 'accounts:write', 'contacts:read',
            'contacts:write', 'users:read', 'users:write', 'teams:read', 'teams:write', 'roles:read',
            'roles:write', 'webhooks:manage']
      and not string_to_array(scopes, ' ') @> array['activities:read'];
