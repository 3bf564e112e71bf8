-- Candidate look-up bounded per claim key: each index row carries the statement's earliest day, so
-- a key shared by thousands of statements yields only the ones said nearest in time, read from the
-- index in date order on either side of the new statement's day (never the whole key).
alter table claim_key add column stated_from date;
update claim_key set stated_from = (select s.stated_from from statement s where s.id = claim_key.statement_id);
delete from claim_key where stated_from is null;
alter table claim_key alter column stated_from set not null;
create index claim_key_near_idx on claim_key (topic_id, claim_key, stated_from, statement_id);
