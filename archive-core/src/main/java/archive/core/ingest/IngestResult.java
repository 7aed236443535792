package archive.core.ingest;

import archive.core.catalog.Document;
import archive.core.catalog.DocumentVersion;

/** What an upload did: the document (and version) it created, or the one that already held the bytes. */
public record IngestResult(Outcome outcome, Document document, DocumentVersion version) {

    public enum Outcome {
        /** A new document. */
        CREATED,
        /** A new version of an existing document. */
        NEW_VERSION,
        /** The bytes were already archived; nothing new was stored. */
        DUPLICATE,
        /** The bytes equal the document's current version; nothing new was stored. */
        UNCHANGED
    }

    public boolean stored() {
        return outcome == Outcome.CREATED || outcome == Outcome.NEW_VERSION;
    }
}
