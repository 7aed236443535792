package archive.api.documents;

import archive.core.catalog.DocumentVersion;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One immutable version, with the checksums anyone can verify it against. */
public record VersionJson(int number,
        @Schema(description = "SHA-256 of the bytes, hex: the archive's checksum of record, also the ETag.")
        String sha256,
        @Schema(description = "SHA-512 of the bytes, hex, as the OCFL inventory records it.") String sha512,
        @Schema(description = "Bytes.") long size, String mediaType, String originalFileName, Instant createdAt,
        @Schema(description = "The account that archived it.") String createdBy,
        @Schema(description = "Where this version's exact bytes are.") String text) {

    public static VersionJson of(DocumentVersion version) {
        return new VersionJson(version.number, version.sha256, version.sha512, version.size, version.mediaType,
                version.originalFileName, version.createdAt, version.createdBy,
                "/api/v1/documents/" + version.documentId + "/versions/" + version.number + "/text");
    }
}
