-- Where an opportunity's business came from, as a lead's source names it (web_form, referral, …):
-- a converted lead hands its source on, as it does to the contact it becomes.
alter table opportunity add column lead_source varchar(255);
