-- What start-up has to catch up on is kept where an index finds it, so that start-up work is proportional to what
-- is missing, never to the size of the archive.

-- Search rows never given facets: those indexed before facets existed (marked here) and those the start-up backfill
-- indexes for documents that predate search. A document whose metadata yields no facet at all is no longer
-- re-read at every start.
alter table document_search add column facets_pending boolean not null default false;
update document_search set facets_pending = true
    where publisher is null and site is null and published_on is null and kind is null;
create index document_search_facets_pending_idx on document_search (document_id) where facets_pending;

-- Documents whose current text has not been derived from yet (extracted metadata, search facets, provenance). A row
-- is added in the catalog transaction that records a text version and removed in the transaction that derives from
-- it (archive.core.ingest.Derivations), so a bulk import can answer once its files are archived and a crash never
-- leaves a document underived. Derived in queue order.
create table derivation_queue (
    document_id  text        primary key references document (id),
    queued_at    timestamptz not null default now()
);
create index derivation_queue_order_idx on derivation_queue (queued_at, document_id);
