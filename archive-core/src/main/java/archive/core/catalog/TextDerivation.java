package archive.core.catalog;

/**
 * A document's current text being derived from (extracted metadata, search text and facets, provenance), after the
 * version is archived: the input of each step of {@code archive.core.ingest.DerivationPipeline}, then fired as an
 * event for what must forget derived data once the derivation's transaction completes (cached citations).
 */
public record TextDerivation(DocumentVersion version, byte[] text) {
}
