package archive.core.rebuild;

import archive.core.catalog.Catalog;
import archive.core.ingest.DocumentLocks;
import archive.core.ingest.Reconciler;
import archive.core.provenance.ProvenanceService;
import archive.core.storage.ObjectMetadataCodec;
import archive.core.storage.ObjectStore;
import io.ocfl.api.model.VersionNum;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Rebuilds the catalog from the OCFL store alone: every object's versions are replayed from their own
 * {@code metadata.json} into the catalog (and, through the catalog's events, into everything derived from the
 * texts). On an empty catalog — a lost or dropped database — this recreates it; on a partial one it fills the gaps
 * and leaves what is already recorded alone, so running it twice changes nothing. Librarians' provenance decisions
 * are applied again once every document is back, since a decision may name a source that sorts after it.
 */
@ApplicationScoped
public class CatalogRebuild {

    private static final Logger LOG = Logger.getLogger(CatalogRebuild.class);

    private final ObjectStore store;
    private final Catalog catalog;
    private final Reconciler reconciler;
    private final ObjectMetadataCodec codec;
    private final ProvenanceService provenance;
    private final DocumentLocks locks;

    public CatalogRebuild(ObjectStore store, Catalog catalog, Reconciler reconciler, ObjectMetadataCodec codec,
            ProvenanceService provenance, DocumentLocks locks) {
        this.locks = locks;
        this.store = store;
        this.catalog = catalog;
        this.reconciler = reconciler;
        this.codec = codec;
        this.provenance = provenance;
    }

    public RebuildReport rebuild() {
        List<String> ids;
        try (Stream<String> objects = store.objectIds()) {
            ids = objects.sorted().toList();
        }
        int versionsRecorded = 0;
        int documentsRecorded = 0;
        List<RebuildReport.Failure> failures = new ArrayList<>();
        for (String id : ids) {
            boolean known = catalog.document(id).isPresent();
            try {
                // Nodes still serving may be writing this document.
                versionsRecorded += locks.withLock(id, () -> reconciler.reconcile(id));
                Optional<VersionNum> storeHead = store.head(id);
                Optional<VersionNum> catalogHead = catalog.document(id).map(document -> document.ocflHead);
                if (!storeHead.equals(catalogHead)) {
                    failures.add(new RebuildReport.Failure(id, "the store holds "
                            + storeHead.map(VersionNum::toString).orElse("nothing") + " but only "
                            + catalogHead.map(VersionNum::toString).orElse("nothing") + " could be recorded; see the log"));
                } else if (!known) {
                    documentsRecorded++;
                }
            } catch (RuntimeException e) {
                LOG.errorf("rebuild of %s failed: %s", id, e.toString());
                failures.add(new RebuildReport.Failure(id, e.toString()));
            }
        }
        int decisionsApplied = 0;
        for (String id : ids) {
            Optional<VersionNum> head = catalog.document(id).map(document -> document.ocflHead);
            if (head.isPresent()) {
                decisionsApplied += provenance.applyDecisions(id,
                        codec.read(store.readMetadata(id, head.get())).provenanceDecisions());
            }
        }
        LOG.infof("catalog rebuild: %d provenance decision(s) applied once their sources were back", decisionsApplied);
        RebuildReport report = new RebuildReport(ids.size(), documentsRecorded, versionsRecorded,
                catalog.documentCount(), failures);
        LOG.infof("catalog rebuild: %d objects in the store, %d documents and %d versions recorded, %d failed",
                report.objects(), report.documentsRecorded(), report.versionsRecorded(), failures.size());
        return report;
    }
}
