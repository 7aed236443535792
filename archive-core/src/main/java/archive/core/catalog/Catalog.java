package archive.core.catalog;

import archive.core.storage.ObjectMetadata.LinkDecision;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The PostgreSQL catalog of what the OCFL store holds. Services own the transactions. */
@ApplicationScoped
@Transactional
public class Catalog {

    private final Event<VersionsArchived> versionsArchived;
    private final Event<MetadataVersionArchived> metadataVersionArchived;
    private final Clock clock;

    public Catalog(Event<VersionsArchived> versionsArchived, Event<MetadataVersionArchived> metadataVersionArchived,
            Clock clock) {
        this.clock = clock;
        this.versionsArchived = versionsArchived;
        this.metadataVersionArchived = metadataVersionArchived;
    }

    /**
     * Records a version the store has already made durable, with its event, in one transaction; observers of
     * {@link VersionsArchived} keep what they need from the text within the same transaction.
     */
    public Document record(VersionRecord record, byte[] text) {
        return recordAll(List.of(record), List.of(text)).get(0).document();
    }

    /**
     * Records many durable versions, as {@link #record} does each, in one transaction (bulk import). Rows are
     * persisted table by table, so the inserts go to the database in JDBC batches.
     */
    public List<DocumentListing> recordAll(List<VersionRecord> records, List<byte[]> texts) {
        Map<String, Document> documents = new HashMap<>();
        Document.<Document>list("id in ?1", records.stream().map(VersionRecord::documentId).toList())
                .forEach(document -> documents.put(document.id, document));
        List<Document> created = new ArrayList<>();
        List<DocumentListing> recorded = new ArrayList<>(records.size());
        for (VersionRecord record : records) {
            Document document = documents.get(record.documentId());
            if (document == null) {
                document = new Document();
                document.id = record.documentId();
                document.createdAt = record.createdAt();
                documents.put(document.id, document);
                created.add(document);
            }
            document.currentVersion = record.number();
            document.ocflHead = record.ocflVersion();
            document.updatedAt = record.createdAt();
            recorded.add(new DocumentListing(document, version(record)));
        }
        created.forEach(document -> document.persist());
        recorded.forEach(listing -> listing.current().persist());
        // At the version's own archive time, so the event and the version (and a rebuilt catalog) agree.
        records.forEach(record -> ArchiveEvent.of(record.createdAt(),
                record.number() == 1 ? EventType.INGESTION : EventType.NEW_VERSION,
                record.documentId(), record.number(), true, record.createdBy(), record.eventDetail()).persist());
        List<VersionArchived> archived = new ArrayList<>(recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            archived.add(new VersionArchived(recorded.get(i).current(), texts.get(i)));
        }
        versionsArchived.fire(new VersionsArchived(archived));
        return recorded;
    }

    private static DocumentVersion version(VersionRecord record) {
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
        return version;
    }

    /**
     * Records a durable OCFL version that changed only the document's metadata (its text stays the current version):
     * the catalog's head moves to it, an event of the given type is logged, and observers of
     * {@link MetadataVersionArchived} (archive.core.ingest.DerivationPipeline) apply the corrections and decisions it
     * carries, all in one transaction.
     */
    public Document recordMetadataVersion(MetadataVersionArchived version, EventType type, String agent,
            String eventDetail) {
        Document document = require(new DocumentId(version.documentId()));
        document.ocflHead = version.ocflVersion();
        // The time of the change itself, so a catalog rebuilt from the store says the same.
        version.metadata().latestRevision().ifPresent(revision -> document.updatedAt = revision.at());
        Instant at = version.metadata().latestRevision().map(revision -> revision.at()).orElseGet(clock::instant);
        ArchiveEvent event = ArchiveEvent.of(at, type, document.id, document.currentVersion, true, agent, eventDetail);
        if (type == EventType.PROVENANCE_DECISION) {
            // A decision's version appends it to the document's decisions, whether a librarian or reconciliation
            // records it.
            List<LinkDecision> decisions = version.metadata().provenanceDecisions();
            if (!decisions.isEmpty()) {
                LinkDecision decided = decisions.get(decisions.size() - 1);
                event.provenanceSourceId = decided.sourceId();
                event.provenanceStatus = decided.status();
            }
        }
        event.persist();
        metadataVersionArchived.fire(version);
        return document;
    }

    public void recordEvent(ArchiveEvent event) {
        event.persist();
    }

    /** The document, if the catalog has it; for ids the archive itself holds (catalog rows, store objects). */
    public Optional<Document> document(String id) {
        return DocumentId.isValid(id) ? Document.findByIdOptional(id) : Optional.empty();
    }

    /** The document a caller named, or {@link DocumentNotFoundException}. */
    public Document require(DocumentId id) {
        return Document.<Document>findByIdOptional(id.value()).orElseThrow(() -> new DocumentNotFoundException(id));
    }

    public List<DocumentVersion> versions(DocumentId documentId) {
        return DocumentVersion.list("documentId = ?1 order by number", documentId.value());
    }

    /** Every version of these documents, in one query. */
    public List<DocumentVersion> versions(Collection<String> documentIds) {
        return DocumentVersion.list("documentId in ?1 order by documentId, number", documentIds);
    }

    public Optional<DocumentVersion> version(String documentId, int number) {
        return DocumentVersion.find("documentId = ?1 and number = ?2", documentId, number).firstResultOptional();
    }

    public Optional<DocumentVersion> currentVersion(String documentId) {
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

    /** The earliest archived version with each of these SHA-256s that is archived at all, in one query. */
    public Map<String, DocumentVersion> firstWithSha256(Collection<String> sha256s) {
        Map<String, DocumentVersion> first = new HashMap<>();
        DocumentVersion.<DocumentVersion>list("sha256 in ?1 order by createdAt, documentId, number", sha256s)
                .forEach(version -> first.putIfAbsent(version.sha256, version));
        return first;
    }

    /** Which of these ids already name a document, in one query. */
    public Set<String> existingDocumentIds(Collection<String> ids) {
        return new HashSet<>(Document.getEntityManager()
                .createQuery("select d.id from Document d where d.id in ?1", String.class)
                .setParameter(1, ids)
                .getResultList());
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

    public List<ArchiveEvent> events(DocumentId documentId) {
        return ArchiveEvent.list("documentId = ?1 order by occurredAt, id", documentId.value());
    }

    /** The latest event of this type about the document, e.g. its last fixity check. */
    public Optional<ArchiveEvent> lastEvent(DocumentId documentId, EventType type) {
        return ArchiveEvent.find("documentId = ?1 and type = ?2 order by occurredAt desc, id desc",
                documentId.value(), type).firstResultOptional();
    }

    public List<String> documentIds(Page page) {
        return Document.find("order by id").page(page).<Document>list().stream().map(d -> d.id).toList();
    }
}
