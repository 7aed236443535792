package archive.core.oai;

import java.time.Instant;
import java.util.Objects;

/** A place in the records' datestamp order (datestamp, then document id); a list resumes after it. */
public record RecordPosition(Instant datestamp, String documentId) {

    public RecordPosition {
        Objects.requireNonNull(datestamp, "datestamp");
        Objects.requireNonNull(documentId, "documentId");
    }
}
