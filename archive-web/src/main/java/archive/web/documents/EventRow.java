package archive.web.documents;

import archive.core.catalog.ArchiveEvent;
import archive.core.catalog.EventType;
import java.time.Instant;
import java.util.Map;

/** One entry of a document's or an account's event history, with its type in words. */
public record EventRow(Instant occurredAt, EventType type, String label, Integer version, boolean success,
        String agent, String detail) {

    private static final Map<EventType, String> LABELS = Map.of(
            EventType.INGESTION, "Archived",
            EventType.NEW_VERSION, "New version",
            EventType.FIXITY_CHECK, "Fixity check",
            EventType.RECONCILIATION, "Reconciled from the store");

    public static EventRow of(ArchiveEvent event) {
        String words = event.type.code().replace('-', ' ');
        String label = LABELS.getOrDefault(event.type, Character.toUpperCase(words.charAt(0)) + words.substring(1));
        return new EventRow(event.occurredAt, event.type, label, event.versionNumber, event.succeeded(), event.agent,
                event.detail);
    }
}
