package archive.core.oai;

import java.time.Instant;
import java.util.Optional;

/**
 * What a harvester learns of a record before its metadata: the document, when its record last changed, and the
 * sets it belongs to ({@link RecordSet}).
 */
public record RecordHeader(String documentId, Instant datestamp, boolean original, boolean rewrite,
        Optional<String> publisher) {

    /** Where a list of records goes on after this one. */
    public RecordPosition position() {
        return new RecordPosition(datestamp, documentId);
    }
}
