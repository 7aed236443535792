-- Full-text search over each document's current text. Maintained at ingest by archive.core.search.SearchIndex
-- (it observes VersionArchived inside the catalog transaction) and backfilled at start for older catalogs.
--
-- One 'english' vector: stemming lets "meeting" find "meetings" in news prose, and names come through it intact
-- (the english stemmer lowercases "Peshmerga" to 'peshmerga' and leaves it whole), so a second 'simple' vector
-- would double the index for no hit it could add.
create table document_search (
    document_id     text     primary key references document (id),
    -- The version whose text is indexed; a late event for an older version never overwrites a newer one.
    version_number  integer  not null check (version_number >= 1),
    -- The text as indexed (a bounded prefix of the version: ARCHIVE_SEARCH_MAX_INDEXED_BYTES), kept here so
    -- ts_headline can cut snippets without reading the OCFL store.
    body            text     not null,
    body_tsv        tsvector generated always as (to_tsvector('english'::regconfig, body)) stored,
    -- Facets from the document's metadata (publisher or site, publication date, original vs rewrite); null
    -- until metadata describes the document. The search filters apply to these columns.
    publisher       text,
    site            text,
    published_on    date,
    kind            text     check (kind in ('original', 'rewrite'))
);

create index document_search_body_tsv_idx on document_search using gin (body_tsv);
create index document_search_published_on_idx on document_search (published_on);
