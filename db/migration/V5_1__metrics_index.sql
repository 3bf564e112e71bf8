-- Application metrics count contradictions by kind and status; this index lets both databases
-- answer from the index alone instead of reading every contradiction row.
create index contradiction_kind_status_idx on contradiction (kind, status);
