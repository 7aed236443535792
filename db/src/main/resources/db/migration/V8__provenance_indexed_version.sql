-- Which text version of each document the provenance index and term statistics count, so a new version replaces
-- the old one's terms instead of adding to them (document frequencies count documents, not versions, and a catalog
-- rebuilt from the store, which indexes current texts only, arrives at the same figures).
create table provenance_indexed (
    document_id  text    primary key references document (id),
    text_version integer not null
);
-- Archives indexed before this table existed: their current versions are the ones indexed last.
insert into provenance_indexed (document_id, text_version)
    select d.id, d.current_version from document d
    where exists (select 1 from provenance_key k where k.document_id = d.id);
-- Key counts that fell to zero when a version replaced its keys say nothing; the index now deletes them.
delete from provenance_key_count where document_count <= 0;
