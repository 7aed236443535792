package archive.core.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Instant;
import java.util.List;

/**
 * The {@code metadata.json} of every OCFL version: enough to rebuild the catalog row of the version from the store
 * alone. Readers ignore fields they do not know, so later versions of the archive can add to it; files written
 * before a field existed read as if it were empty.
 *
 * @param corrections every metadata correction librarians made to the document up to this version, oldest first
 *     (each version carries them all, so its own metadata.json restores them)
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
        String event,
        List<Correction> corrections) {

    public static final String SCHEMA = "archive-object/1";

    public ObjectMetadata {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** The metadata of a text version without corrections. */
    public ObjectMetadata(String schema, String documentId, int textVersion, String sha256, long size,
            String mediaType, String originalFileName, Instant createdAt, String createdBy, String event) {
        this(schema, documentId, textVersion, sha256, size, mediaType, originalFileName, createdAt, createdBy, event,
                List.of());
    }

    /** The same text described again, carrying these corrections, for a version written by {@code event}. */
    public ObjectMetadata withCorrections(List<Correction> allCorrections, String newEvent) {
        return new ObjectMetadata(schema, documentId, textVersion, sha256, size, mediaType, originalFileName,
                createdAt, createdBy, newEvent, allCorrections);
    }

    /** The highest metadata version among the corrections; 0 when there are none. */
    public int metadataVersion() {
        return corrections.stream().mapToInt(Correction::metadataVersion).max().orElse(0);
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
