-- OAI-PMH datestamps (archive.core.oai): when each document's record last changed, so a harvester can ask for what
-- changed since its last visit and never miss a change.
--
-- A record is what the catalog says of a document: its current version, its metadata (values, flags, what was
-- extracted from the current version) and its accepted source, whose title, address, date and current version the
-- record names. Triggers note every change to those rows in oai_change, in the changing transaction, so no write
-- path can forget one. Stamping (archive.core.oai.RecordDatestamps) later moves the noted changes into oai_record
-- with one datestamp, one stamping at a time (oai_datestamp_clock is locked for it) and each datestamp later than
-- the last: a change committed after a stamping is stamped later than it, so a harvest that starts from a
-- response's date finds it. A rebuilt catalog gives every record a new datestamp, and harvesters take them again.

create table oai_change (
    id           bigserial primary key,
    document_id  text      not null
);

create table oai_record (
    document_id  text        primary key references document (id),
    datestamp    timestamptz not null
);
-- Selective harvesting (from, until) and resumption go through the records in datestamp order.
create index oai_record_datestamp_idx on oai_record (datestamp, document_id);

create table oai_datestamp_clock (
    singleton    boolean     primary key default true check (singleton),
    latest       timestamptz not null
);
insert into oai_datestamp_clock (latest) values ('-infinity');

-- Notes the document named by column tg_argv[0] of the changed row; with tg_argv[1] = 'and-derivatives' also every
-- document whose accepted source it is, since their records describe it.
create function oai_note_change() returns trigger language plpgsql as $$
declare
    changed text := coalesce(to_jsonb(new) ->> tg_argv[0], to_jsonb(old) ->> tg_argv[0]);
begin
    insert into oai_change (document_id) values (changed);
    if tg_nargs > 1 and tg_argv[1] = 'and-derivatives' then
        insert into oai_change (document_id)
            select derived_id from provenance_link where source_id = changed and status in ('auto', 'confirmed');
    end if;
    return null;
end
$$;

create trigger oai_document_created after insert on document
    for each row execute function oai_note_change('id');
create trigger oai_document_new_version after update on document
    for each row when (old.current_version is distinct from new.current_version)
    execute function oai_note_change('id', 'and-derivatives');
create trigger oai_metadata_field_changed after insert or update or delete on metadata_field
    for each row execute function oai_note_change('document_id', 'and-derivatives');
create trigger oai_metadata_extracted after insert on metadata_extraction
    for each row execute function oai_note_change('document_id', 'and-derivatives');
create trigger oai_metadata_flag_changed after insert or update or delete on metadata_flag
    for each row execute function oai_note_change('document_id', 'and-derivatives');
create trigger oai_provenance_link_added after insert or delete on provenance_link
    for each row execute function oai_note_change('derived_id');
-- A new score can change which automatically accepted source is the best one.
create trigger oai_provenance_link_changed after update on provenance_link
    for each row when ((old.source_id, old.status, old.score) is distinct from (new.source_id, new.status, new.score))
    execute function oai_note_change('derived_id');

-- Every document archived before this migration has a record, changed now.
insert into oai_change (document_id) select id from document;
