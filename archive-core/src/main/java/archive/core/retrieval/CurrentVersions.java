package archive.core.retrieval;

import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.VersionsArchived;
import archive.core.config.ArchiveConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;

/**
 * Which version is current, per document, remembered so that reading a document's text needs no catalog query.
 * Bounded by entries (least valuable out first). A new version is visible at once: once its catalog transaction
 * commits, the entry is forgotten before the writer is answered, and a look-up that started before the commit never
 * stores what it read (each write bumps a stamp the look-up compares under the entry's lock). Cached versions are
 * detached and, like the versions themselves, never modified.
 * <p>
 * This node's writes invalidate here directly; other nodes' writes arrive as notifications
 * ({@code archive.core.cluster.NodeCaches}), once they have committed.
 */
@ApplicationScoped
public class CurrentVersions {

    private static final int STRIPES = 1024;

    private final Function<String, Optional<DocumentVersion>> catalogLookup;
    private final Cache<String, DocumentVersion> versions;
    private final AtomicLongArray writeStamps = new AtomicLongArray(STRIPES);

    @Inject
    public CurrentVersions(Catalog catalog, ArchiveConfig config, MeterRegistry registry) {
        this(catalog::currentVersion, config.currentVersionCacheEntries());
        CaffeineCacheMetrics.monitor(registry, versions, "current-versions");
    }

    public CurrentVersions(Function<String, Optional<DocumentVersion>> catalogLookup, long capacityEntries) {
        this.catalogLookup = catalogLookup;
        this.versions = Caffeine.newBuilder().executor(Runnable::run).maximumSize(capacityEntries)
                .recordStats().build();
    }

    /** The current version if it is in memory; never queries, so it is safe where blocking is not. */
    public Optional<DocumentVersion> cached(String documentId) {
        return Optional.ofNullable(versions.getIfPresent(documentId));
    }

    /** The current version, from memory or from the catalog (remembered unless a write raced the look-up). */
    public Optional<DocumentVersion> current(String documentId) {
        DocumentVersion cached = versions.getIfPresent(documentId);
        if (cached != null) {
            return Optional.of(cached);
        }
        int stripe = stripe(documentId);
        long stamp = writeStamps.get(stripe);
        Optional<DocumentVersion> loaded = catalogLookup.apply(documentId);
        loaded.ifPresent(version -> versions.asMap().compute(documentId,
                (id, present) -> writeStamps.get(stripe) == stamp ? version : present));
        return loaded;
    }

    /** Forgets the document's current version; called once a new version's catalog transaction has committed. */
    public void forget(String documentId) {
        int stripe = stripe(documentId);
        versions.asMap().compute(documentId, (id, present) -> {
            writeStamps.incrementAndGet(stripe);
            return null;
        });
    }

    /** Forgets every document's current version (this node may have missed other nodes' changes). */
    public void forgetAll() {
        for (int stripe = 0; stripe < STRIPES; stripe++) {
            writeStamps.incrementAndGet(stripe);
        }
        versions.invalidateAll();
    }

    void onVersionsArchived(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionsArchived archived) {
        archived.versions().forEach(version -> forget(version.version().documentId));
    }

    private static int stripe(String documentId) {
        return Math.floorMod(documentId.hashCode(), STRIPES);
    }
}
