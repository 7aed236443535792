-- The change feed (GET /api/v1/changes) reads the event log: documents and versions archived, provenance decided.
-- Event ids cannot order it: Hibernate hands them out in blocks of 50 (V6), and even one at a time a transaction
-- that took a lower id may commit after one that took a higher id was served. So each event records the
-- transaction that wrote it, and the feed is in transaction order, serving only events of transactions older than
-- every transaction still running (pg_snapshot_xmin): none of those can commit later, so a cursor never skips one.
-- Events recorded before this migration take the migration's own transaction, which is older than any to come.
alter table archive_event add column written_in xid8 not null default pg_current_xact_id();

-- A provenance decision's source and what was decided, so the feed need not read them back from the OCFL store.
alter table archive_event
    add column provenance_source_id text check (provenance_source_id ~ '^[0-9a-f]{16}$'),
    add column provenance_status    text check (provenance_status in ('confirmed', 'rejected'));
-- A librarian's decision said both in its detail ("confirmed <derived> → <source> (v3)"); one reconciled from the
-- store before now said neither, and keeps them unknown.
update archive_event
    set provenance_status = substring(detail from '^(confirmed|rejected) '),
        provenance_source_id = substring(detail from '^(?:confirmed|rejected) [0-9a-f]{16} → ([0-9a-f]{16})')
    where type = 'provenance-decision' and detail ~ '^(confirmed|rejected) [0-9a-f]{16} → [0-9a-f]{16}';

create index archive_event_change_feed_idx on archive_event (written_in, id)
    where type in ('ingestion', 'new-version', 'provenance-decision') and outcome = 'success';
