package archive.web.documents;

import archive.core.catalog.ArchiveEvent;
import java.time.Instant;
import java.util.Map;

/** One entry of a document's or an account's event history, with its type in words. */
public record EventRow(Instant occurredAt, String type, String label, Integer version, boolean success, String agent,
        String detail) {

    private static final Map<String, String> LABELS = Map.of(
            "ingestion", "Archived",
            "new-version", "New version",
            "fixity-check", "Fixity check",
            "reconciliation", "Reconciled from the store");

    public static EventRow of(ArchiveEvent event) {
        String words = event.type.replace('-', ' ');
        String label = LABELS.getOrDefault(event.type, Character.toUpperCase(words.charAt(0)) + words.substring(1));
        return new EventRow(event.occurredAt, event.type, label, event.versionNumber, event.outcome.equals("success"),
                event.agent, event.detail);
    }
}
