package archive.core.metadata.catalog;

import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentNotFoundException;
import archive.core.catalog.EventType;
import archive.core.catalog.MetadataVersionArchived;
import archive.core.ingest.DocumentLocks;
import archive.core.ingest.IngestJournal;
import archive.core.ingest.Reconciler;
import archive.core.retrieval.TextRetrieval;
import archive.core.storage.ObjectMetadata;
import archive.core.storage.ObjectMetadata.Correction;
import archive.core.storage.ObjectMetadataCodec;
import archive.core.storage.ObjectStore;
import archive.core.storage.StoredVersion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Applies a librarian's corrections. Each correction is a new OCFL version of the document (the same text, and a
 * metadata.json carrying every correction so far, so the store alone can rebuild them), written like an ingest:
 * under the document's lock, journal mark, store first, then the catalog. The previous value of each field is
 * kept in the history; a value that is already the librarian's is not corrected again.
 */
@ApplicationScoped
public class MetadataCorrections {

    private static final String EVENT = EventType.METADATA_CORRECTION.code();
    private static final Logger LOG = Logger.getLogger(MetadataCorrections.class);

    private final Catalog catalog;
    private final DocumentMetadata metadata;
    private final ObjectStore store;
    private final ObjectMetadataCodec codec;
    private final TextRetrieval texts;
    private final IngestJournal journal;
    private final DocumentLocks locks;
    private final Reconciler reconciler;

    public MetadataCorrections(Catalog catalog, DocumentMetadata metadata, ObjectStore store,
            ObjectMetadataCodec codec, TextRetrieval texts, IngestJournal journal, DocumentLocks locks,
            Reconciler reconciler) {
        this.catalog = catalog;
        this.metadata = metadata;
        this.store = store;
        this.codec = codec;
        this.texts = texts;
        this.journal = journal;
        this.locks = locks;
        this.reconciler = reconciler;
    }

    /** Applies the patch and returns the document's metadata afterwards (unchanged when the patch changes nothing). */
    public MetadataSnapshot correct(String documentId, CorrectionPatch patch, String agent) {
        return locks.withLock(documentId, () -> {
            // A write the catalog has not caught up with would make this one look stale: repair it first.
            reconciler.reconcile(documentId);
            Document document = catalog.document(documentId)
                    .orElseThrow(() -> new DocumentNotFoundException(documentId));
            ObjectMetadata head = codec.read(store.readMetadata(documentId, document.ocflHead));
            List<Correction> changes = changes(metadata.snapshot(documentId), patch, head.metadataVersion() + 1,
                    agent);
            if (changes.isEmpty()) {
                return metadata.snapshot(documentId);
            }
            List<Correction> all = new ArrayList<>(head.corrections());
            all.addAll(changes);
            ObjectMetadata next = head.withCorrections(all, EVENT);
            String fields = changes.stream().map(Correction::field).collect(Collectors.joining(", "));

            IngestJournal.Mark mark = journal.begin(documentId);
            StoredVersion stored = store.write(documentId, Optional.of(document.ocflHead),
                    texts.current(documentId).bytes(), codec.write(next), agent,
                    EVENT + " " + next.metadataVersion() + ": " + fields);
            catalog.recordMetadataVersion(new MetadataVersionArchived(documentId, stored.ocflVersion(), all), agent,
                    "metadata version " + next.metadataVersion() + " (" + stored.ocflVersion() + "): " + fields);
            journal.end(mark);
            LOG.infof("corrected %s metadata version %d (%s): %s by %s", documentId, next.metadataVersion(),
                    stored.ocflVersion(), fields, agent);
            return metadata.snapshot(documentId);
        });
    }

    private static List<Correction> changes(MetadataSnapshot current, CorrectionPatch patch, int metadataVersion,
            String agent) {
        Map<FieldName, CurrentField> fields = current.fields().stream()
                .collect(Collectors.toMap(CurrentField::field, field -> field));
        // Microseconds: what PostgreSQL keeps, so the catalog and metadata.json agree exactly.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Correction> changes = new ArrayList<>();
        patch.values().forEach((name, value) -> {
            CurrentField field = fields.get(name);
            JsonNode previous = field == null || field.value == null ? NullNode.getInstance() : field.value;
            boolean alreadyTheLibrariansValue = field != null && field.corrected() && previous.equals(value);
            if (!alreadyTheLibrariansValue) {
                changes.add(new Correction(metadataVersion, name.jsonName(), previous, value, agent, now));
            }
        });
        return changes;
    }
}
