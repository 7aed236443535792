package archive.core.catalog;

import archive.core.storage.ObjectMetadata;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The PostgreSQL catalog of what the OCFL store holds. Services own the transactions. */
@ApplicationScoped
@Transactional
public class Catalog {

    private final Event<VersionArchived> versionArchived;
    private final Event<MetadataVersionArchived> metadataVersionArchived;

    public Catalog(Event<VersionArchived> versionArchived, Event<MetadataVersionArchived> metadataVersionArchived) {
        this.versionArchived = versionArchived;
        this.metadataVersionArchived = metadataVersionArchived;
    }

    /**
     * Records a version the store has already made durable, with its event, in one transaction; observers of
     * {@link VersionArchived} derive what they need from the text within the same transaction.
     */
    public Document record(VersionRecord record, byte[] text) {
        Document document = Document.findById(record.documentId());
        boolean created = document == null;
        if (created) {
            document = new Document();
            document.id = record.documentId();
            document.createdAt = record.createdAt();
        }
        document.currentVersion = record.number();
        document.ocflHead = record.ocflVersion();
        document.updatedAt = record.createdAt();
        if (created) {
            document.persist();
        }

        DocumentVersion version = new DocumentVersion();
        version.documentId = record.documentId();
        version.number = record.number();
        version.sha256 = record.sha256();
        version.sha512 = record.sha512();
        version.size = record.size();
        version.mediaType = record.mediaType();
        version.originalFileName = record.originalFileName();
        version.ocflVersion = record.ocflVersion();
        version.createdAt = record.createdAt();
        version.createdBy = record.createdBy();
        version.persist();

        EventType type = record.number() == 1 ? EventType.INGESTION : EventType.NEW_VERSION;
        ArchiveEvent.of(type, record.documentId(), record.number(), true, record.createdBy(), record.eventDetail())
                .persist();
        versionArchived.fire(new VersionArchived(version, text));
        return document;
    }

    /**
     * Records a durable OCFL version that changed only the document's metadata (its text stays the current version):
     * the catalog's head moves to it, an event is logged, and observers of {@link MetadataVersionArchived} apply the
     * corrections it carries, all in one transaction.
     */
    public Document recordMetadataVersion(MetadataVersionArchived version, String agent, String eventDetail) {
        Document document = Document.<Document>findByIdOptional(version.documentId())
                .orElseThrow(() -> new DocumentNotFoundException(version.documentId()));
        document.ocflHead = version.ocflVersion();
        // The time of the change itself, so a catalog rebuilt from the store says the same.
        version.corrections().stream().map(ObjectMetadata.Correction::at).max(Comparator.naturalOrder())
                .ifPresent(at -> document.updatedAt = at);
        ArchiveEvent.of(EventType.METADATA_CORRECTION, document.id, document.currentVersion, true, agent, eventDetail)
                .persist();
        metadataVersionArchived.fire(version);
        return document;
    }

    public void recordEvent(ArchiveEvent event) {
        event.persist();
    }

    public Optional<Document> document(String id) {
        return Document.isValidId(id) ? Document.findByIdOptional(id) : Optional.empty();
    }

    public List<DocumentVersion> versions(String documentId) {
        return DocumentVersion.list("documentId = ?1 order by number", documentId);
    }

    public Optional<DocumentVersion> version(String documentId, int number) {
        if (!Document.isValidId(documentId)) {
            return Optional.empty();
        }
        return DocumentVersion.find("documentId = ?1 and number = ?2", documentId, number).firstResultOptional();
    }

    public Optional<DocumentVersion> currentVersion(String documentId) {
        if (!Document.isValidId(documentId)) {
            return Optional.empty();
        }
        return DocumentVersion.find(
                "from DocumentVersion v where v.documentId = ?1 and v.number = "
                        + "(select d.currentVersion from Document d where d.id = ?1)", documentId)
                .firstResultOptional();
    }

    /** The earliest archived version with these bytes, in any document. */
    public Optional<DocumentVersion> firstWithSha256(String sha256) {
        return DocumentVersion.find("sha256 = ?1 order by createdAt, documentId, number", sha256)
                .firstResultOptional();
    }

    /** One page of documents in archive order (oldest first, so pages stay stable as documents arrive). */
    public List<DocumentListing> page(int offset, int limit) {
        return Document.getEntityManager()
                .createQuery("select d, v from Document d, DocumentVersion v "
                        + "where v.documentId = d.id and v.number = d.currentVersion "
                        + "order by d.createdAt, d.id", Object[].class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new DocumentListing((Document) row[0], (DocumentVersion) row[1]))
                .toList();
    }

    public long documentCount() {
        return Document.count();
    }

    public List<ArchiveEvent> events(String documentId) {
        return ArchiveEvent.list("documentId = ?1 order by occurredAt, id", documentId);
    }

    /** The latest event of this type about the document, e.g. its last fixity check. */
    public Optional<ArchiveEvent> lastEvent(String documentId, EventType type) {
        return ArchiveEvent.find("documentId = ?1 and type = ?2 order by occurredAt desc, id desc", documentId,
                type.code()).firstResultOptional();
    }

    public List<String> documentIds(Page page) {
        return Document.find("order by id").page(page).<Document>list().stream().map(d -> d.id).toList();
    }
}
