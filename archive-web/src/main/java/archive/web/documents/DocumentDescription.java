package archive.web.documents;

import archive.core.catalog.Document;
import archive.core.catalog.DocumentListing;
import archive.core.catalog.DocumentVersion;
import java.time.Instant;

/**
 * What the pages and reference managers say about a document. Until its metadata is extracted, the archive knows
 * the name the file came with and when it was archived; extracted title, date and publisher belong here too.
 */
public record DocumentDescription(String id, String title, String fileName, Instant archivedAt, Instant updatedAt,
        int currentVersion, String sha256, long size, String mediaType) {

    public static DocumentDescription of(Document document, DocumentVersion current) {
        return new DocumentDescription(document.id, current.originalFileName, current.originalFileName,
                document.createdAt, document.updatedAt, document.currentVersion, current.sha256, current.size,
                current.mediaType);
    }

    public static DocumentDescription of(DocumentListing listing) {
        return of(listing.document(), listing.current());
    }

    /** The page address of the document, relative to the site. */
    public String path() {
        return "/documents/" + id;
    }
}
