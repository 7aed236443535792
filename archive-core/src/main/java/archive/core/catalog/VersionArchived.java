package archive.core.catalog;


/**
 * Fired inside the catalog transaction that records a new text version, so what observers derive from the text
 * (metadata, provenance fingerprints) commits, or fails, together with it.
 */
public record VersionArchived(DocumentVersion version, byte[] text) {
}
