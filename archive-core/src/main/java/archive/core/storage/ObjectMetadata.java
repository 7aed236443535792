package archive.core.storage;

import java.time.Instant;

/**
 * The {@code metadata.json} of every OCFL version: enough to rebuild the catalog row of the version from the store
 * alone. Readers ignore fields they do not know, so later versions of the archive can add to it.
 */
public record ObjectMetadata(
        String schema,
        String documentId,
        int textVersion,
        String sha256,
        long size,
        String mediaType,
        String originalFileName,
        Instant createdAt,
        String createdBy,
        String event) {

    public static final String SCHEMA = "archive-object/1";
}
