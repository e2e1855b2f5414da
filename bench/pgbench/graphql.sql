-- Shape 4, GraphQL: 20 accounts of tenant B from a random point of their creation order, then one
-- statement for all their contacts and one for all their opportunities, with the 20 ids as parameters
-- (account n of tenant B was created at 2024-01-01 plus n minutes and has id md5(seed/account/2/n)).
\set n random(1, :accounts_b - 20)
\set n1 :n + 1
\set n2 :n + 2
\set n3 :n + 3
\set n4 :n + 4
\set n5 :n + 5
\set n6 :n + 6
\set n7 :n + 7
\set n8 :n + 8
\set n9 :n + 9
\set n10 :n + 10
\set n11 :n + 11
\set n12 :n + 12
\set n13 :n + 13
\set n14 :n + 14
\set n15 :n + 15
\set n16 :n + 16
\set n17 :n + 17
\set n18 :n + 18
\set n19 :n + 19
select a1_0.id,a1_0.annual_revenue,a1_0.annual_revenue_currency,a1_0.billing_city,a1_0.billing_country,a1_0.billing_postal_code,a1_0.billing_region,a1_0.billing_street,a1_0.created_at,a1_0.domain,a1_0.employees,a1_0.industry,a1_0.name,a1_0.owner_id,a1_0.parent_account_id,a1_0.phone,a1_0.shipping_city,a1_0.shipping_country,a1_0.shipping_postal_code,a1_0.shipping_region,a1_0.shipping_street,a1_0.tags,a1_0.tenant_id,a1_0.type,a1_0.updated_at,a1_0.version,a1_0.website from account a1_0 where a1_0.tenant_id = :tenant_b and a1_0.created_at >= timestamptz '2024-01-01 UTC' + :n * interval '1 minute' order by a1_0.created_at, a1_0.id fetch first 21 rows only;
select c1_0.id,c1_0.account_id,c1_0.created_at,c1_0.department,c1_0.do_not_contact,c1_0.email,c1_0.first_name,c1_0.last_name,c1_0.lead_source,c1_0.lifecycle_stage,c1_0.mailing_city,c1_0.mailing_country,c1_0.mailing_postal_code,c1_0.mailing_region,c1_0.mailing_street,c1_0.mobile,c1_0.owner_id,c1_0.phone,c1_0.tags,c1_0.tenant_id,c1_0.title,c1_0.updated_at,c1_0.version from contact c1_0 where c1_0.tenant_id = :tenant_b and c1_0.account_id in (md5(:seed::text || '/account/2/' || :n::text)::uuid, md5(:seed::text || '/account/2/' || :n1::text)::uuid, md5(:seed::text || '/account/2/' || :n2::text)::uuid, md5(:seed::text || '/account/2/' || :n3::text)::uuid, md5(:seed::text || '/account/2/' || :n4::text)::uuid, md5(:seed::text || '/account/2/' || :n5::text)::uuid, md5(:seed::text || '/account/2/' || :n6::text)::uuid, md5(:seed::text || '/account/2/' || :n7::text)::uuid, md5(:seed::text || '/account/2/' || :n8::text)::uuid, md5(:seed::text || '/account/2/' || :n9::text)::uuid, md5(:seed::text || '/account/2/' || :n10::text)::uuid, md5(:seed::text || '/account/2/' || :n11::text)::uuid, md5(:seed::text || '/account/2/' || :n12::text)::uuid, md5(:seed::text || '/account/2/' || :n13::text)::uuid, md5(:seed::text || '/account/2/' || :n14::text)::uuid, md5(:seed::text || '/account/2/' || :n15::text)::uuid, md5(:seed::text || '/account/2/' || :n16::text)::uuid, md5(:seed::text || '/account/2/' || :n17::text)::uuid, md5(:seed::text || '/account/2/' || :n18::text)::uuid, md5(:seed::text || '/account/2/' || :n19::text)::uuid) order by c1_0.last_name, c1_0.first_name, c1_0.id;
select o1_0.id,o1_0.account_id,o1_0.amount,o1_0.amount_currency,o1_0.amount_from_line_items,o1_0.campaign_id,o1_0.close_date,o1_0.closed_at,o1_0.contact_roles,o1_0.created_at,o1_0.forecast_category,o1_0.lost_reason,o1_0.name,o1_0.next_step,o1_0.owner_id,o1_0.pipeline_id,o1_0.primary_contact_id,o1_0.probability,o1_0.probability_overridden,o1_0.stage_id,o1_0.status,o1_0.tags,o1_0.tenant_id,o1_0.type,o1_0.updated_at,o1_0.version from opportunity o1_0 where o1_0.tenant_id = :tenant_b and o1_0.account_id in (md5(:seed::text || '/account/2/' || :n::text)::uuid, md5(:seed::text || '/account/2/' || :n1::text)::uuid, md5(:seed::text || '/account/2/' || :n2::text)::uuid, md5(:seed::text || '/account/2/' || :n3::text)::uuid, md5(:seed::text || '/account/2/' || :n4::text)::uuid, md5(:seed::text || '/account/2/' || :n5::text)::uuid, md5(:seed::text || '/account/2/' || :n6::text)::uuid, md5(:seed::text || '/account/2/' || :n7::text)::uuid, md5(:seed::text || '/account/2/' || :n8::text)::uuid, md5(:seed::text || '/account/2/' || :n9::text)::uuid, md5(:seed::text || '/account/2/' || :n10::text)::uuid, md5(:seed::text || '/account/2/' || :n11::text)::uuid, md5(:seed::text || '/account/2/' || :n12::text)::uuid, md5(:seed::text || '/account/2/' || :n13::text)::uuid, md5(:seed::text || '/account/2/' || :n14::text)::uuid, md5(:seed::text || '/account/2/' || :n15::text)::uuid, md5(:seed::text || '/account/2/' || :n16::text)::uuid, md5(:seed::text || '/account/2/' || :n17::text)::uuid, md5(:seed::text || '/account/2/' || :n18::text)::uuid, md5(:seed::text || '/account/2/' || :n19::text)::uuid) order by o1_0.name, o1_0.id;
