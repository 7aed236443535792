package archive.api.changes;

import archive.core.changes.ChangeKind;
import archive.core.provenance.LinkStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of the feed. */
public record ChangeJson(
        @Schema(description = "The change's permanent id (a URN), the same in the Atom feed and after a rebuild of "
                + "the catalog.") String id,
        @Schema(description = "Its place in the feed: pass it as `after` to read the changes that follow it.")
        String cursor,
        ChangeKind kind,
        String documentId,
        @Schema(description = "The version archived; for a decision, the text version it was made on.") int version,
        @Schema(description = "That version's SHA-256.") String sha256,
        @Schema(description = "For a decision, the source decided on; else null.") String sourceId,
        @Schema(description = "For a decision, `confirmed` or `rejected`; else null.",
                enumeration = {"confirmed", "rejected"}) LinkStatus decision,
        @Schema(description = "When the change was made.") Instant at,
        @Schema(description = "The account or process that made it.") String actor,
        @Schema(description = "The document's title, if known.") String title,
        ChangeLinksJson links) {
}
