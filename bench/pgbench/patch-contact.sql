-- Shape 6, PATCH /api/v1/contacts/{id} with If-Match: one transaction reading the contact, updating
-- every column with the version check (where id, tenant_id and version, as Hibernate writes it),
-- then the audit entry and the outbox event. Contacts 60,001 on of tenant A are outside the key account;
-- those up to 67,500 are wrk's (run.sh), so this takes the ones after them.
\set n random(67501 * :scale, :contacts_a)
\set r random(1, 1000000000)
begin;
select c1_0.id,c1_0.account_id,c1_0.created_at,c1_0.department,c1_0.do_not_contact,c1_0.email,c1_0.first_name,c1_0.last_name,c1_0.lead_source,c1_0.lifecycle_stage,c1_0.mailing_city,c1_0.mailing_country,c1_0.mailing_postal_code,c1_0.mailing_region,c1_0.mailing_street,c1_0.mobile,c1_0.owner_id,c1_0.phone,c1_0.tags,c1_0.tenant_id,c1_0.title,c1_0.updated_at,c1_0.version as version from contact c1_0 where c1_0.id = md5(:seed::text || '/contact/1/' || :n::text)::uuid and c1_0.tenant_id = :tenant_a \gset p_
update contact set account_id = account_id, department = department, do_not_contact = do_not_contact, email = email, first_name = first_name, last_name = last_name, lead_source = lead_source, lifecycle_stage = lifecycle_stage, mailing_city = mailing_city, mailing_country = mailing_country, mailing_postal_code = mailing_postal_code, mailing_region = mailing_region, mailing_street = mailing_street, mobile = mobile, owner_id = owner_id, phone = phone, tags = tags, title = 'Patched ' || :r, updated_at = now(), version = :p_version + 1
where id = md5(:seed::text || '/contact/1/' || :n::text)::uuid and tenant_id = :tenant_a and version = :p_version;
insert into audit_entry (tenant_id, id, occurred_at, actor_type, actor_id, object_type, object_id, action, changes)
values (:tenant_a, gen_random_uuid(), now(), 'client', 'bench-admin', 'contact', md5(:seed::text || '/contact/1/' || :n::text)::uuid, 'updated',
        cast(cast('{"title": {"from": "Buyer","to": "Patched ' || :r::text || '"}}' as text) as jsonb));
insert into outbox_event (tenant_id, id, event_type, object_type, object_id, occurred_at, payload)
values (:tenant_a, gen_random_uuid(), 'contact.updated', 'contact', md5(:seed::text || '/contact/1/' || :n::text)::uuid, now(),
        cast(cast('{"type": "contact.updated","timestamp": "' || now() || '","data": {"tenantId": "' || :tenant_a::text || '","object": "contact","id": "' || md5(:seed::text || '/contact/1/' || :n::text)::uuid || '","record": {"id": "' || md5(:seed::text || '/contact/1/' || :n::text)::uuid || '","firstName": "Ada","lastName": "Girard","email": "c' || :n::text || '.t1@bench.example","phone": "+33 6 00 072602","mobile": null,"title": "Patched ' || :r::text || '","department": "Operations","accountId": "e7e03fec-893e-52b0-b67a-9aac104a2b34","lifecycleStage": "sql","leadSource": "referral","mailingAddress": {"street": null,"city": "Milan","region": null,"postalCode": null,"country": "IT"},"doNotContact": false,"ownerId": "9ee76b8f-2386-e75f-cc62-f3e6b4912a3b","tags": [],"createdAt": "2024-06-01T00:00:00Z","updatedAt": "' || now() || '","version": ' || (:p_version::bigint + 1)::text || '},"previous": {"title": "Buyer"}}}' as text) as jsonb));
commit;
