package archive.core.ingest;

import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentId;
import archive.core.catalog.EventType;
import archive.core.catalog.MetadataVersionArchived;
import archive.core.storage.ObjectMetadata;
import archive.core.storage.ObjectMetadataCodec;
import archive.core.storage.ObjectStore;
import archive.core.storage.StoredVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Writes a librarian's change to what is known about a document — a metadata correction, a provenance decision — as
 * a new OCFL version of the same text whose metadata.json carries the change, so the store alone can rebuild it.
 * Written like an ingest: under the document's lock, write intent, store first, then the catalog.
 */
@ApplicationScoped
public class MetadataRevisions {

    private static final Logger LOG = Logger.getLogger(MetadataRevisions.class);

    private final Catalog catalog;
    private final ObjectStore store;
    private final ObjectMetadataCodec codec;
    private final WriteIntents intents;
    private final DocumentLocks locks;
    private final Reconciler reconciler;

    public MetadataRevisions(Catalog catalog, ObjectStore store, ObjectMetadataCodec codec, WriteIntents intents,
            DocumentLocks locks, Reconciler reconciler) {
        this.catalog = catalog;
        this.store = store;
        this.codec = codec;
        this.intents = intents;
        this.locks = locks;
        this.reconciler = reconciler;
    }

    /** A revised metadata.json and the one line that says what changed (OCFL message and event log). */
    public record Revision(ObjectMetadata metadata, String summary) {
    }

    /**
     * Asks {@code change} for a revision of the document's current metadata.json — under the document's lock, with
     * the catalog caught up with the store — and archives it; returns whether anything was written (an empty
     * revision changes nothing).
     */
    public boolean revise(DocumentId documentId, EventType type, String agent,
            Function<ObjectMetadata, Optional<Revision>> change) {
        String id = documentId.value();
        return locks.withLock(id, () -> {
            // A write the catalog has not caught up with would make this one look stale: repair it first.
            reconciler.reconcile(id);
            Document document = catalog.require(documentId);
            ObjectMetadata head = codec.read(store.readMetadata(id, document.ocflHead));
            Optional<Revision> revision = change.apply(head);
            if (revision.isEmpty()) {
                return false;
            }
            ObjectMetadata next = revision.get().metadata();
            String summary = revision.get().summary();
            intents.begin(List.of(id));
            StoredVersion stored = store.write(id, Optional.of(document.ocflHead), store.readText(id, document.ocflHead),
                    codec.write(next), agent, type.code() + ": " + summary);
            intents.recordEnding(List.of(id), () -> catalog.recordMetadataVersion(
                    new MetadataVersionArchived(id, stored.ocflVersion(), next), type, agent,
                    summary + " (" + stored.ocflVersion() + ")"));
            LOG.infof("%s %s (%s): %s by %s", type.code(), documentId, stored.ocflVersion(), summary, agent);
            return true;
        });
    }
}
