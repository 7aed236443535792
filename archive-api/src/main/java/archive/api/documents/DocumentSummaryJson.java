package archive.api.documents;

import archive.core.catalog.DocumentListing;
import archive.core.metadata.catalog.MetadataSummary;
import java.time.Instant;

/** A document as lists show it: its current version only. */
public record DocumentSummaryJson(String id, int currentVersion, String sha256, long size, String originalFileName,
        Instant createdAt, Instant updatedAt, MetadataSummaryJson metadata, String self) {

    public static DocumentSummaryJson of(DocumentListing listing, MetadataSummary metadata) {
        return new DocumentSummaryJson(listing.document().id, listing.document().currentVersion,
                listing.current().sha256, listing.current().size, listing.current().originalFileName,
                listing.document().createdAt, listing.document().updatedAt, MetadataSummaryJson.of(metadata),
                "/api/v1/documents/" + listing.document().id);
    }
}
