package archive.core.catalog;

import archive.core.storage.ObjectMetadata;
import io.ocfl.api.model.VersionNum;

/**
 * Fired inside the catalog transaction that records an OCFL version changing only the document's metadata, with
 * what that version's metadata.json carries: every correction and every provenance decision so far (observers apply
 * those the catalog lacks, so the same event serves a librarian's change and the reconciliation of a store the
 * catalog is behind).
 */
public record MetadataVersionArchived(String documentId, VersionNum ocflVersion, ObjectMetadata metadata) {
}
