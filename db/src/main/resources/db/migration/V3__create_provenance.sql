-- Provenance: the candidate index (fingerprint keys), term statistics, and the links between a derived document
-- and its sources with their evidence and the librarians' decisions.

-- One row per fingerprint key of a document's current text. Candidates come only from look-ups by (kind, key).
create table provenance_key (
    kind               smallint    not null,
    key                bigint      not null,
    document_id        text        not null references document (id),
    primary key (kind, key, document_id)
);
create index provenance_key_document_idx on provenance_key (document_id);

-- How many documents share each key: keys shared by too many (boilerplate) are skipped without reading them.
create table provenance_key_count (
    kind               smallint    not null,
    key                bigint      not null,
    document_count     integer     not null,
    primary key (kind, key)
);

-- Document frequency of content stems, so evidence is weighted by rarity.
create table provenance_term (
    term               bigint      primary key,
    document_count     integer     not null
);

create table provenance_corpus (
    singleton          boolean     primary key default true check (singleton),
    document_count     bigint      not null
);
insert into provenance_corpus (document_count) values (0);

create table provenance_link (
    derived_id         text        not null references document (id),
    source_id          text        not null references document (id),
    derived_version    integer     not null,
    score              double precision not null check (score >= 0 and score <= 1),
    relation           text        not null check (relation in ('verbatim', 'excerpt', 'paraphrase', 'same-event')),
    status             text        not null check (status in ('proposed', 'auto', 'confirmed', 'rejected')),
    method             text        not null,
    evidence           text        not null,
    detected_at        timestamptz not null,
    decided_by         text,
    decided_at         timestamptz,
    primary key (derived_id, source_id),
    check (derived_id <> source_id)
);
-- Derivatives of a source; accepted sources of a document for citations.
create index provenance_link_source_idx on provenance_link (source_id, status);
create index provenance_link_derived_status_idx on provenance_link (derived_id, status, score desc);
