package archive.core.catalog;

import archive.core.storage.ObjectMetadata;
import java.util.List;

/**
 * Fired inside the catalog transaction that records an OCFL version changing only metadata, with every correction
 * its metadata.json carries (observers apply those the catalog lacks, so the same event serves a librarian's
 * correction and the reconciliation of a store the catalog is behind).
 */
public record MetadataVersionArchived(String documentId, String ocflVersion,
        List<ObjectMetadata.Correction> corrections) {
}
