package archive.core.catalog;

import archive.core.provenance.LinkStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PREMIS-style event: what happened to which document, who did it, when, and whether it succeeded. */
@Entity
@Table(name = "archive_event")
public class ArchiveEvent extends PanacheEntityBase {

    /** From archive_event_id_seq in blocks of 50 (see V6), so events are inserted in batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_event_ids")
    @SequenceGenerator(name = "archive_event_ids", sequenceName = "archive_event_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "document_id")
    public String documentId;

    @Column(name = "version_number")
    public Integer versionNumber;

    @Column(nullable = false)
    public EventType type;

    @Column(nullable = false)
    public EventOutcome outcome;

    @Column(nullable = false)
    public String agent;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public String detail;

    /** The account an administrative event (account or token change) concerns; such events have no document. */
    @Column(name = "account_name")
    public String accountName;

    /** The source a {@link EventType#PROVENANCE_DECISION} decided on; the document is the derived one. */
    @Column(name = "provenance_source_id")
    public String provenanceSourceId;

    /** What a {@link EventType#PROVENANCE_DECISION} decided: confirmed or rejected. */
    @Column(name = "provenance_status")
    public LinkStatus provenanceStatus;

    public static ArchiveEvent of(Instant occurredAt, EventType type, String documentId, Integer versionNumber,
            boolean success, String agent, String detail) {
        ArchiveEvent event = new ArchiveEvent();
        event.type = type;
        event.documentId = documentId;
        event.versionNumber = versionNumber;
        event.outcome = success ? EventOutcome.SUCCESS : EventOutcome.FAILURE;
        event.agent = agent;
        event.occurredAt = occurredAt;
        event.detail = detail;
        return event;
    }

    public boolean succeeded() {
        return outcome == EventOutcome.SUCCESS;
    }

    /** An administrative action on an account or its tokens, by {@code agent}; these always succeed when recorded. */
    public static ArchiveEvent ofAccount(Instant occurredAt, EventType type, String accountName, String agent,
            String detail) {
        ArchiveEvent event = of(occurredAt, type, null, null, true, agent, detail);
        event.accountName = accountName;
        return event;
    }
}
