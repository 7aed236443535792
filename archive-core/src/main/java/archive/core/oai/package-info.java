/**
 * What OAI-PMH harvesters need from the catalog: each document's record with the datestamp of its last change
 * ({@link archive.core.oai.RecordDatestamps}), and the records in datestamp order, selected by time and by set
 * ({@link archive.core.oai.HarvestableRecords}). The protocol itself (verbs, XML, tokens) is archive.api.oai.
 */
package archive.core.oai;
