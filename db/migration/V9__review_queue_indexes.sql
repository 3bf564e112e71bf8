-- The console's review queue lists one status newest first, or most confident first then newest.
create index contradiction_queue_new_idx on contradiction (status, id);
create index contradiction_queue_conf_idx on contradiction (status, confidence, id);
