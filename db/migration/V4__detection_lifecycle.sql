-- The lifecycle of detection results: a contradiction is kept when its pair is no longer found
-- (status withdrawn, with its history), detection survives a crash (a queue of statements not yet
-- compared), and each statement records which analyzer and detector produced its results.

-- A contradiction outlives a deleted statement (withdrawn, review history kept), so the pair no
-- longer references statement rows by foreign key. Whoever writes a pair locks both statements.
alter table contradiction drop constraint if exists contradiction_statement_a_id_fkey;
alter table contradiction drop constraint if exists contradiction_statement_b_id_fkey;
-- H2 names unnamed constraints itself: these are the two foreign keys V2 made there
alter table contradiction drop constraint if exists "CONSTRAINT_3C";
alter table contradiction drop constraint if exists "CONSTRAINT_3CF";
-- the deleted side(s) of a pair as they were: a JSON list of {id, sourceId, speakerId, statedOn, text}
alter table contradiction add column deleted_statements varchar(50000);

-- history holds reviews and what detection did: review, updated, withdrawn, restored
alter table contradiction_review add column action varchar(16) default 'review' not null;

-- bumped whenever the claims are read again (edit, re-analysis), so a pair computed from older
-- claims is never written over a newer result
alter table statement_claims add column revision integer default 1 not null;
alter table statement_claims add column detector_version varchar(32);
alter table statement_claims add column detected_at timestamp with time zone;

-- Statements whose claims (at a revision) have not been compared yet. A row is written in the
-- transaction that stores the claims and removed in the one that stores the contradictions.
-- No foreign key: deleting a statement must not wait for a detection holding its queue rows.
create table detection_queue (
    statement_id bigint  not null,
    revision     integer not null,
    queued_at    timestamp with time zone not null,
    primary key (statement_id, revision)
);
create index detection_queue_queued_idx on detection_queue (queued_at);
