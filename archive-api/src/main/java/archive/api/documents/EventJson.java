package archive.api.documents;

import archive.core.catalog.ArchiveEvent;
import java.time.Instant;

/** A PREMIS-style event. */
public record EventJson(long id, String type, String outcome, String agent, Instant occurredAt, Integer version,
        String detail) {

    public static EventJson of(ArchiveEvent event) {
        return new EventJson(event.id, event.type, event.outcome, event.agent, event.occurredAt, event.versionNumber,
                event.detail);
    }
}
