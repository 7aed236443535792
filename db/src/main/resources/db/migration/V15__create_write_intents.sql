-- Documents whose OCFL write may be ahead of the catalog (archive.core.ingest.WriteIntents): the crash journal, kept
-- where every node of a cluster sees it. A row is committed before the store is touched and deleted in the catalog
-- transaction that records the write, both under the document's lock (an advisory lock held across nodes, see
-- archive.core.ingest.DocumentLocks). A row whose document lock nobody holds was left by a writer that died or
-- failed, and any node repairs it. Start-up and the periodic repair read only these rows, never the whole store.
create table write_intent (
    document_id varchar(16)  primary key,
    began_at    timestamptz  not null default now(),
    -- host and process of the writer, for operators
    began_by    varchar(255) not null
);
