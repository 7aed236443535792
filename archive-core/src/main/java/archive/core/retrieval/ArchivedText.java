package archive.core.retrieval;

import archive.core.catalog.DocumentVersion;

/** Verified bytes of one version, with the catalog facts that describe them. */
public record ArchivedText(DocumentVersion version, byte[] bytes) {
}
