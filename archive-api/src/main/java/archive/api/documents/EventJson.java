package archive.api.documents;

import archive.core.catalog.ArchiveEvent;
import archive.core.catalog.EventOutcome;
import archive.core.catalog.EventType;
import java.time.Instant;

/** A PREMIS-style event. */
public record EventJson(long id, EventType type, EventOutcome outcome, String agent, Instant occurredAt, Integer version,
        String detail) {

    public static EventJson of(ArchiveEvent event) {
        return new EventJson(event.id, event.type, event.outcome, event.agent, event.occurredAt, event.versionNumber,
                event.detail);
    }
}
