package archive.api.documents;

import archive.core.catalog.DocumentVersion;
import java.time.Instant;

/** One immutable version, with the checksums anyone can verify it against. */
public record VersionJson(int number, String sha256, String sha512, long size, String mediaType,
        String originalFileName, Instant createdAt, String createdBy, String text) {

    public static VersionJson of(DocumentVersion version) {
        return new VersionJson(version.number, version.sha256, version.sha512, version.size, version.mediaType,
                version.originalFileName, version.createdAt, version.createdBy,
                "/api/v1/documents/" + version.documentId + "/versions/" + version.number + "/text");
    }
}
