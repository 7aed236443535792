package archive.core.catalog;

/** A text version the catalog records, with its bytes; see {@link VersionsArchived}. */
public record VersionArchived(DocumentVersion version, byte[] text) {
}
