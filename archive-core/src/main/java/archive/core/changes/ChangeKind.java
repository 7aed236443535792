package archive.core.changes;

import archive.core.catalog.EventType;
import archive.core.vocabulary.Coded;
import java.util.Arrays;
import java.util.Optional;

/** What a change of the feed is, and the event type that records it. */
public enum ChangeKind implements Coded {
    DOCUMENT_ARCHIVED("document-archived", EventType.INGESTION),
    VERSION_ARCHIVED("version-archived", EventType.NEW_VERSION),
    PROVENANCE_DECIDED("provenance-decided", EventType.PROVENANCE_DECISION);

    private final String code;
    private final EventType recordedAs;

    ChangeKind(String code, EventType recordedAs) {
        this.code = code;
        this.recordedAs = recordedAs;
    }

    @Override
    public String code() {
        return code;
    }

    public EventType recordedAs() {
        return recordedAs;
    }

    /** The kind of change an event records, if it records one the feed tells. */
    public static Optional<ChangeKind> of(EventType type) {
        return Arrays.stream(values()).filter(kind -> kind.recordedAs == type).findFirst();
    }
}
