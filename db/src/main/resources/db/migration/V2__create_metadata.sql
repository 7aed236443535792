-- Document metadata: what extraction found in every text version, the current value of each field (extracted, or
-- corrected by a librarian), the history of corrections, and doubts flagged for a librarian.
-- Field names are the API's (title, publisher, authors, publicationDate, sourceUrl, imageUrl, dateline,
-- sourceCredit, kind). Values are jsonb: a string, or an array of strings for authors.
-- Corrections are also written into the OCFL object's metadata.json, so all of this can be rebuilt from the store.

-- Everything the extractor found in one text version, kept even where a correction overrides it.
create table metadata_extraction (
    id                 bigserial        primary key,
    document_id        text             not null,
    text_version       integer          not null,
    name               text             not null,
    value              jsonb            not null,
    confidence         double precision not null check (confidence between 0 and 1),
    rule               text             not null,
    extracted_at       timestamptz      not null,
    foreign key (document_id, text_version) references document_version (document_id, number),
    unique (document_id, text_version, name)
);

-- The current value of each field. A corrected field is never overwritten by the extraction of a new version.
create table metadata_field (
    id                 bigserial        primary key,
    document_id        text             not null references document (id),
    name               text             not null,
    -- null only when a librarian removed the value (a correction to "no value")
    value              jsonb,
    origin             text             not null check (origin in ('extracted', 'corrected')),
    confidence         double precision not null check (confidence between 0 and 1),
    -- the extraction rule that found the value, or "librarian-correction"
    rule               text             not null,
    -- the text version the value was extracted from, or that was current when it was corrected
    text_version       integer          not null check (text_version >= 1),
    -- the metadata version of the correction that set it; 0 for an extracted value
    metadata_version   integer          not null check (metadata_version >= 0),
    set_by             text             not null,
    set_at             timestamptz      not null,
    unique (document_id, name),
    check (value is not null or origin = 'corrected'),
    check ((origin = 'corrected') = (metadata_version > 0))
);

-- Who changed which field from what to what, when, in which metadata version (one OCFL version each).
create table metadata_correction (
    id                 bigserial        primary key,
    document_id        text             not null references document (id),
    metadata_version   integer          not null check (metadata_version >= 1),
    name               text             not null,
    old_value          jsonb,
    new_value          jsonb,
    ocfl_version       text             not null,
    corrected_by       text             not null,
    corrected_at       timestamptz      not null,
    unique (document_id, metadata_version, name)
);

create index metadata_correction_document_idx on metadata_correction (document_id, metadata_version);

-- Doubts about a document's metadata for a librarian, e.g. a date the text contradicts.
create table metadata_flag (
    id                 bigserial        primary key,
    document_id        text             not null references document (id),
    type               text             not null,
    detail             text             not null,
    raised_at          timestamptz      not null,
    unique (document_id, type)
);
