package archive.api.documents;

import archive.core.catalog.ArchiveEvent;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.EventOutcome;
import archive.core.metadata.catalog.MetadataSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document with every version, as GET /api/v1/documents/{id} returns it. */
public record DocumentJson(
        String id,
        int currentVersion,
        String sha256,
        long size,
        String mediaType,
        String originalFileName,
        Instant createdAt,
        Instant updatedAt,
        List<VersionJson> versions,
        MetadataSummaryJson metadata,
        @Schema(description = "The document's last fixity audit; absent until its first.") Fixity fixity,
        Links links) {

    @Schema(name = "DocumentLinks")
    public record Links(String self, String text, String events, String metadata, String citation) {
    }

    /** The last fixity audit of this document: when, by whom, and whether every stored byte was intact. */
    @Schema(name = "FixityCheck")
    public record Fixity(Instant checkedAt, EventOutcome outcome, String agent,
            @Schema(description = "On failure: each problem, prefixed with its kind.") String detail) {

        static Fixity of(ArchiveEvent check) {
            return new Fixity(check.occurredAt, check.outcome, check.agent, check.detail);
        }
    }

    /** {@code lastFixityCheck} is empty until the document's first audit ({@code fixity} is then null). */
    public static DocumentJson of(Document document, List<DocumentVersion> versions, MetadataSummary metadata,
            Optional<ArchiveEvent> lastFixityCheck) {
        DocumentVersion current = versions.stream().filter(v -> v.number == document.currentVersion).findFirst()
                .orElseThrow();
        String self = "/api/v1/documents/" + document.id;
        return new DocumentJson(document.id, document.currentVersion, current.sha256, current.size,
                current.mediaType, current.originalFileName, document.createdAt, document.updatedAt,
                versions.stream().map(VersionJson::of).toList(), MetadataSummaryJson.of(metadata),
                lastFixityCheck.map(Fixity::of).orElse(null),
                new Links(self, self + "/text", self + "/events", self + "/metadata", self + "/citation"));
    }
}
