package archive.core.catalog;

/**
 * Fired inside the transaction that derives what the archive knows from a document's current text: extracted
 * metadata, search facets and provenance. Comes after the version is archived, from {@code archive.core.ingest
 * .Derivations}.
 */
public record TextDerivation(DocumentVersion version, byte[] text) {
}
