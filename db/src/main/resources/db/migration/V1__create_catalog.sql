-- Identifiers and digests are text with check constraints, not char(n): char compares as bpchar and would
-- keep text parameters from using the indexes.
-- The catalog: what the OCFL store holds, indexed for the API. It can be rebuilt from the store alone.

create table document (
    id                 text        primary key check (id ~ '^[0-9a-f]{16}$'),
    current_version    integer     not null check (current_version >= 1),
    -- OCFL head version ("v3") last reflected in the catalog; start-up reconciliation compares against it.
    ocfl_head          text        not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);

create table document_version (
    document_id        text        not null references document (id),
    number             integer     not null check (number >= 1),
    sha256             text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    sha512             text        not null check (sha512 ~ '^[0-9a-f]{128}$'),
    size               bigint      not null check (size >= 0),
    media_type         text        not null,
    original_file_name text        not null,
    ocfl_version       text        not null,
    created_at         timestamptz not null,
    created_by         text        not null,
    primary key (document_id, number)
);

-- Duplicate detection on upload and content-addressed retrieval.
create index document_version_sha256_idx on document_version (sha256);
-- The documents list is in archive order (oldest first).
create index document_created_at_idx on document (created_at, id);

-- PREMIS-style event log: what happened to which object, by whom, when, with what outcome.
create table archive_event (
    id                 bigserial   primary key,
    document_id        text        references document (id),
    version_number     integer,
    type               text        not null,
    outcome            text        not null check (outcome in ('success', 'failure')),
    agent              text        not null,
    occurred_at        timestamptz not null,
    detail             text
);

create index archive_event_document_idx on archive_event (document_id, occurred_at, id);

create table account (
    username           text        primary key check (length(username) between 1 and 64),
    password_hash      text        not null,
    roles              text        not null,
    enabled            boolean     not null default true,
    created_at         timestamptz not null
);
