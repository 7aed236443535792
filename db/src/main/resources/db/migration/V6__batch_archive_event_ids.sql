-- Event ids are handed out in blocks of 50 (Hibernate's pooled sequence optimizer), so recording many versions at
-- once (a bulk import) inserts their events in JDBC batches instead of one round trip per event. Ids stay unique
-- and increasing; a plain INSERT using the column default still works and simply takes a block of its own.
alter sequence archive_event_id_seq increment by 50;
