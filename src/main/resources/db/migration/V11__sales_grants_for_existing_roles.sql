-- Tenants made before pipelines, opportunities and products existed hold their built-in roles and
-- admin clients as they were then; give them what Roles.defaults() and Scopes.ALL now have for the new
-- objects. Objects a role already names (an administrator may have re-tuned it) keep what they have.

update crm_role set permissions = cast(jsonb_build_object(
        'pipeline', jsonb_build_array('read', 'create', 'update', 'delete', 'export'),
        'opportunity', jsonb_build_array('read', 'create', 'update', 'delete', 'export'),
        'product', jsonb_build_array('read', 'create', 'update', 'delete', 'export'),
        'price_book', jsonb_build_array('read', 'create', 'update', 'delete', 'export'),
        'price_book_entry', jsonb_build_array('read', 'create', 'update', 'delete', 'export'))
        || cast(permissions as jsonb) as text)
    where built_in and name = 'sales_manager';

update crm_role set permissions = cast(jsonb_build_object(
        'pipeline', jsonb_build_array('read'),
        'opportunity', jsonb_build_array('read', 'create', 'update'),
        'product', jsonb_build_array('read'),
        'price_book', jsonb_build_array('read'),
        'price_book_entry', jsonb_build_array('read'))
        || cast(permissions as jsonb) as text)
    where built_in and name = 'sales_rep';

update crm_role set permissions = cast(jsonb_build_object(
        'pipeline', jsonb_build_array('read'),
        'opportunity', jsonb_build_array('read'),
        'product', jsonb_build_array('read'),
        'price_book', jsonb_build_array('read'),
        'price_book_entry', jsonb_build_array('read'))
        || cast(permissions as jsonb) as text)
    where built_in and name in ('support_agent', 'marketer', 'read_only');

-- Tenant admin clients were given every scope there was; give them the new ones too (the bootstrap
-- client gets Scopes.ALL again on every start).
update api_client set scopes = scopes || ' pipelines:read pipelines:write opportunities:read opportunities:write '
        || 'products:read products:write price_books:read price_books:write price_book_entries:read '
        || 'price_book_entries:write'
    where scopes = 'accounts:read accounts:write contacts:read contacts:write users:read users:write teams:read '
        || 'teams:write roles:read roles:write webhooks:manage';
