package archive.core.ingest;

import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.EventType;
import archive.core.catalog.MetadataVersionArchived;
import archive.core.catalog.VersionRecord;
import archive.core.storage.ContentDigest;
import archive.core.storage.ObjectMetadata;
import archive.core.storage.ObjectMetadataCodec;
import archive.core.storage.ObjectStore;
import io.ocfl.api.model.VersionNum;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Brings the catalog up to the OCFL store for one document: every OCFL version the catalog lacks is recorded from
 * the version's own {@code metadata.json}, be it a new text version or a metadata correction, and what is derived
 * from the text follows. Used to repair interrupted writes ({@link InterruptedWrites}) and to rebuild the whole
 * catalog.
 */
@ApplicationScoped
public class Reconciler {

    private static final Logger LOG = Logger.getLogger(Reconciler.class);

    private final ObjectStore store;
    private final ObjectMetadataCodec metadataCodec;
    private final Catalog catalog;
    private final WriteIntents intents;
    private final Derivations derivations;

    public Reconciler(ObjectStore store, ObjectMetadataCodec metadataCodec, Catalog catalog, WriteIntents intents,
            Derivations derivations) {
        this.store = store;
        this.metadataCodec = metadataCodec;
        this.catalog = catalog;
        this.intents = intents;
        this.derivations = derivations;
    }

    /**
     * Under the document's lock: if a write of it was interrupted, rolls the OCFL object back or forward to its last
     * complete version, records what the catalog lacks and ends the intent; returns how many versions were recorded.
     * Holding the lock, the caller knows no live node is in the middle of that write.
     */
    public int repairIfInterrupted(String id) {
        if (intents.pendingAmong(List.of(id)).isEmpty()) {
            return 0;
        }
        store.repairInterruptedWrite(id);
        int recorded = record(id);
        intents.remove(List.of(id));
        return recorded;
    }

    /**
     * Under the document's lock: repairs an interrupted write of it, records the store's versions of this object that
     * the catalog lacks, and derives from them; returns how many.
     */
    public int reconcile(String id) {
        int recorded = repairIfInterrupted(id) + record(id);
        if (recorded > 0) {
            derivations.derive(id);
        }
        return recorded;
    }

    private int record(String id) {
        Optional<VersionNum> storeHead = store.head(id);
        if (storeHead.isEmpty()) {
            return 0;
        }
        Optional<Document> document = catalog.document(id);
        Optional<VersionNum> catalogHead = document.map(d -> d.ocflHead);
        if (storeHead.equals(catalogHead)) {
            return 0;
        }
        int textVersion = document.map(d -> d.currentVersion).orElse(0);
        int recorded = 0;
        List<VersionNum> missing = store.versions(id).stream()
                .filter(version -> catalogHead.isEmpty() || version.compareTo(catalogHead.get()) > 0).toList();
        for (VersionNum ocflVersion : missing) {
            ObjectMetadata metadata = metadataCodec.read(store.readMetadata(id, ocflVersion));
            if (metadata.textVersion() <= textVersion) {
                // The same text with a new metadata.json: a librarian's correction or provenance decision.
                recordMetadataVersion(id, ocflVersion, metadata);
                recorded++;
                continue;
            }
            byte[] text = store.readText(id, ocflVersion);
            ContentDigest digest = ContentDigest.of(text);
            if (!digest.sha256().equals(metadata.sha256())) {
                LOG.errorf("not reconciling %s %s: its text has SHA-256 %s, its metadata.json says %s", id,
                        ocflVersion, digest.sha256(), metadata.sha256());
                break;
            }
            catalog.record(new VersionRecord(id, metadata.textVersion(), digest.sha256(), digest.sha512(),
                    text.length, metadata.mediaType(), metadata.originalFileName(), ocflVersion,
                    metadata.createdAt(), metadata.createdBy(), "recorded from the OCFL store by reconciliation"),
                    text);
            textVersion = metadata.textVersion();
            recorded++;
            LOG.infof("reconciled %s %s (text version %d) from the OCFL store", id, ocflVersion, textVersion);
        }
        return recorded;
    }

    private void recordMetadataVersion(String id, VersionNum ocflVersion, ObjectMetadata metadata) {
        String agent = metadata.latestRevision().map(ObjectMetadata.Revision::by).orElse(metadata.createdBy());
        EventType type = metadata.event() == null ? EventType.METADATA_CORRECTION : metadata.event();
        catalog.recordMetadataVersion(new MetadataVersionArchived(id, ocflVersion, metadata), type, agent,
                type.code() + " recorded from the OCFL store by reconciliation (" + ocflVersion + ")");
        LOG.infof("reconciled %s %s (%s) from the OCFL store", id, ocflVersion, type.code());
    }
}
