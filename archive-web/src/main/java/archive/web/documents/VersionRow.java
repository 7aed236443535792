package archive.web.documents;

import archive.core.catalog.DocumentVersion;
import java.time.Instant;

/** One version as the pages list it: when and by whom it was archived, its checksum and its fixity. */
public record VersionRow(int number, Instant createdAt, String createdBy, long size, String sha256, String fileName,
        String ocflVersion, FixityStatus fixity) {

    public static VersionRow of(DocumentVersion version, FixityStatus fixity) {
        return new VersionRow(version.number, version.createdAt, version.createdBy, version.size, version.sha256,
                version.originalFileName, version.ocflVersion.toString(), fixity);
    }
}
