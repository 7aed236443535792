-- Memento look-ups by original URL (GET /timegate/{url}, /timemap/link/{url}) find documents by their sourceUrl.
create index metadata_field_source_url on metadata_field ((btrim(value #>> '{}'))) where name = 'sourceUrl';
