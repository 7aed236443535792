package archive.core.storage;

import archive.core.catalog.EventType;
import archive.core.provenance.LinkStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code metadata.json} of every OCFL version: enough to rebuild the catalog row of the version from the store
 * alone. Readers ignore fields they do not know, so later versions of the archive can add to it; files written
 * before a field existed read as if it were empty. Terms of a vocabulary are written as their codes ("ingestion",
 * "confirmed"), and a code the archive does not know makes the file unreadable rather than misread.
 *
 * @param corrections every metadata correction librarians made to the document up to this version, oldest first
 *     (each version carries them all, so its own metadata.json restores them)
 * @param provenanceDecisions every decision librarians made on the document's provenance links up to this version,
 *     oldest first (the newest per source stands); carried on like the corrections
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
        EventType event,
        List<Correction> corrections,
        List<LinkDecision> provenanceDecisions) {

    public static final String SCHEMA = "archive-object/1";

    public ObjectMetadata {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        provenanceDecisions = provenanceDecisions == null ? List.of() : List.copyOf(provenanceDecisions);
    }

    /** The metadata of a text version without corrections. */
    public ObjectMetadata(String schema, String documentId, int textVersion, String sha256, long size,
            String mediaType, String originalFileName, Instant createdAt, String createdBy, EventType event) {
        this(schema, documentId, textVersion, sha256, size, mediaType, originalFileName, createdAt, createdBy, event,
                List.of(), List.of());
    }

    /** The same text described again, carrying these corrections, for a version written by {@code event}. */
    public ObjectMetadata withCorrections(List<Correction> allCorrections, EventType newEvent) {
        return new ObjectMetadata(schema, documentId, textVersion, sha256, size, mediaType, originalFileName,
                createdAt, createdBy, newEvent, allCorrections, provenanceDecisions);
    }

    /** The same text described again, carrying these provenance decisions, for a version written by {@code event}. */
    public ObjectMetadata withProvenanceDecisions(List<LinkDecision> allDecisions, EventType newEvent) {
        return new ObjectMetadata(schema, documentId, textVersion, sha256, size, mediaType, originalFileName,
                createdAt, createdBy, newEvent, corrections, allDecisions);
    }

    /** Who made the newest correction or decision, and when; empty for a version nobody has revised. */
    public Optional<Revision> latestRevision() {
        return Stream.concat(corrections.stream().map(c -> new Revision(c.by(), c.at())),
                        provenanceDecisions.stream().map(d -> new Revision(d.by(), d.at())))
                .max(Comparator.comparing(Revision::at));
    }

    /** The highest metadata version among the corrections; 0 when there are none. */
    public int metadataVersion() {
        return corrections.stream().mapToInt(Correction::metadataVersion).max().orElse(0);
    }

    /** A librarian's {@code confirmed} or {@code rejected} on the link from this document to {@code sourceId}. */
    public record LinkDecision(String sourceId, LinkStatus status, String by, Instant at) {
    }

    public record Revision(String by, Instant at) {
    }

    /**
     * One field changed by a librarian. {@code from} and {@code to} are JSON values (a string, an array of strings,
     * or null for "no value").
     */
    public record Correction(int metadataVersion, String field, JsonNode from, JsonNode to, String by, Instant at) {

        public Correction {
            from = from == null ? NullNode.getInstance() : from;
            to = to == null ? NullNode.getInstance() : to;
        }
    }
}
