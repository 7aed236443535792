package archive.core.catalog;

import io.ocfl.api.model.VersionNum;
import java.time.Instant;

/** A durable OCFL version, described for the catalog. */
public record VersionRecord(
        String documentId,
        int number,
        String sha256,
        String sha512,
        long size,
        String mediaType,
        String originalFileName,
        VersionNum ocflVersion,
        Instant createdAt,
        String createdBy,
        String eventDetail) {
}
