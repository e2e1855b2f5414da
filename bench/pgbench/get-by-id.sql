-- Shape 1, GET /api/v1/contacts/{id}: the service's one statement.
-- Generated contact n of tenant A has id md5(seed/contact/1/n).
\set n random(1, :contacts_a)
select c1_0.id,c1_0.account_id,c1_0.created_at,c1_0.department,c1_0.do_not_contact,c1_0.email,c1_0.first_name,c1_0.last_name,c1_0.lead_source,c1_0.lifecycle_stage,c1_0.mailing_city,c1_0.mailing_country,c1_0.mailing_postal_code,c1_0.mailing_region,c1_0.mailing_street,c1_0.mobile,c1_0.owner_id,c1_0.phone,c1_0.tags,c1_0.tenant_id,c1_0.title,c1_0.updated_at,c1_0.version from contact c1_0 where c1_0.id = md5(:seed::text || '/contact/1/' || :n::text)::uuid and c1_0.tenant_id = :tenant_a;
