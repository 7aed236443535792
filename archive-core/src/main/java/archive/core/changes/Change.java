package archive.core.changes;

import archive.core.provenance.LinkStatus;
import java.time.Instant;

/**
 * One change of the feed, and its place in it.
 *
 * @param version the version archived; for a decision, the text version it was made on
 * @param sha256 that version's SHA-256
 * @param sourceId the source a decision is about, else null (also for decisions recorded before the archive kept it)
 * @param decision confirmed or rejected for a decision, else null (likewise)
 * @param actor the account or process that made the change
 */
public record Change(ChangeCursor cursor, ChangeKind kind, String documentId, int version, String sha256,
        String sourceId, LinkStatus decision, Instant at, String actor) {
}
