-- A bulk import lists a document as soon as it is catalogued, and indexes its text for full-text search when the
-- document is derived from (archive.core.search.SearchIndex): turning a text into its tsvector and GIN entries costs
-- more than cataloguing it, and an import answers once its files are stored and catalogued. Until then the row's
-- body is null, which no text query matches; the derivation queue (V7) holds the document until it is indexed.
alter table document_search alter column body drop not null;
