package archive.api.documents;

import archive.core.catalog.ArchiveEvent;
import archive.core.catalog.EventOutcome;
import archive.core.catalog.EventType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A PREMIS-style event. */
public record EventJson(long id,
        @Schema(description = "What happened, e.g. ingestion, new-version, fixity-check, metadata-correction, "
                + "provenance-decision, account-created, token-revoked.") EventType type,
        EventOutcome outcome,
        @Schema(description = "The account or process that acted.") String agent, Instant occurredAt,
        @Schema(description = "The document version concerned, if any.") Integer version, String detail) {

    public static EventJson of(ArchiveEvent event) {
        return new EventJson(event.id, event.type, event.outcome, event.agent, event.occurredAt, event.versionNumber,
                event.detail);
    }
}
