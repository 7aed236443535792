package archive.core.citation;

import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentId;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.VersionNotFoundException;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.metadata.catalog.MetadataCorrected;
import archive.core.catalog.MetadataVersionArchived;
import archive.core.catalog.TextDerivation;
import archive.core.catalog.VersionsArchived;
import archive.core.storage.Sha256;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Assembles what a citation of one archived version needs from the catalog: the version's metadata (librarians'
 * corrections first), its checksum, archive date and permalink, and, for a rewrite with an accepted source, that
 * source's title, date, publisher and address.
 * <p>
 * That takes some eight queries, and the same documents are cited again and again, so assembled documents are kept.
 * Everything a citation reads changes only with a new version, a derivation (metadata, provenance links, also of
 * other documents) or a metadata version (corrections, decisions): each of them, once its transaction is over, moves
 * the {@link #generation} on, and a kept document of an earlier generation is assembled again. The generation is
 * read before the catalog, so a document assembled from data older than a change is never kept as newer. Other
 * nodes' changes move it on too, once they have committed ({@code archive.core.cluster.NodeCaches}).
 */
@ApplicationScoped
public class CitableDocuments {

    private static final int KEPT = 2048;

    private final Catalog catalog;
    private final DocumentMetadata metadata;
    private final SourceLinks sourceLinks;
    private final AtomicLong generation = new AtomicLong();
    /** Caffeine, not quarkus-cache's annotations: an entry is valid for one generation, which they cannot express. */
    private final Cache<Key, Kept> kept = Caffeine.newBuilder()
            .executor(Runnable::run)
            .maximumSize(KEPT)
            .recordStats()
            .build();

    public CitableDocuments(Catalog catalog, DocumentMetadata metadata, SourceLinks sourceLinks,
            MeterRegistry registry) {
        this.catalog = catalog;
        this.metadata = metadata;
        this.sourceLinks = sourceLinks;
        CaffeineCacheMetrics.monitor(registry, kept, "citable-documents");
    }

    /**
     * @param version the version to cite; empty for the current one
     * @param webBase the web UI's base address: a version's permalink is {@code <webBase>documents/{id}/versions/{n}}
     */
    public CitableDocument of(DocumentId documentId, Optional<Integer> version, URI webBase) {
        Key key = new Key(documentId, version, webBase);
        long current = generation.get();
        Kept known = kept.getIfPresent(key);
        if (known != null && known.generation() == current) {
            return known.document();
        }
        CitableDocument assembled = QuarkusTransaction.joiningExisting()
                .call(() -> assemble(documentId, version, webBase));
        kept.put(key, new Kept(current, assembled));
        return assembled;
    }

    /** Something a citation reads has changed (and committed): every kept document is assembled again. */
    public void changed() {
        generation.incrementAndGet();
    }

    void onVersionsArchived(@Observes(during = TransactionPhase.AFTER_COMPLETION) VersionsArchived change) {
        changed();
    }

    void onTextDerivation(@Observes(during = TransactionPhase.AFTER_COMPLETION) TextDerivation change) {
        changed();
    }

    void onMetadataVersionArchived(
            @Observes(during = TransactionPhase.AFTER_COMPLETION) MetadataVersionArchived change) {
        changed();
    }

    /**
     * After provenance was detected again for a correction (ProvenanceService's observer, priority 500, runs
     * first, in a transaction of its own): links of this and other documents may have changed meanwhile.
     */
    void afterCorrection(@Observes(during = TransactionPhase.AFTER_SUCCESS)
            @Priority(Interceptor.Priority.APPLICATION + 600) MetadataCorrected corrected) {
        changed();
    }

    private CitableDocument assemble(DocumentId documentId, Optional<Integer> version, URI webBase) {
        Document document = catalog.require(documentId);
        int number = version.orElse(document.currentVersion);
        DocumentVersion cited = catalog.version(document.id, number)
                .orElseThrow(() -> new VersionNotFoundException(documentId, number, document.currentVersion));
        return CitableFields.document(documentId, number, metadata.valuesAt(document.id, number),
                metadata.publicationDateInDoubt(document.id), cited.originalFileName,
                permalink(webBase, document.id, number), cited.createdAt, new Sha256(cited.sha256),
                acceptedSource(document.id, webBase).orElse(null));
    }

    private Optional<OriginalSource> acceptedSource(String documentId, URI webBase) {
        return sourceLinks.acceptedSourceOf(documentId)
                .filter(accepted -> !accepted.sourceId().equals(documentId))
                .flatMap(accepted -> catalog.currentVersion(accepted.sourceId())
                        .map(source -> CitableFields.source(accepted, metadata.valuesAt(source.documentId,
                                        source.number), metadata.publicationDateInDoubt(source.documentId),
                                source.originalFileName, permalink(webBase, source.documentId, source.number),
                                source.createdAt)));
    }

    private record Key(DocumentId documentId, Optional<Integer> version, URI webBase) {
    }

    private record Kept(long generation, CitableDocument document) {
    }

    /** The address of the web page of one exact version. */
    public static URI permalink(URI webBase, String documentId, int version) {
        return webBase.resolve("documents/" + documentId + "/versions/" + version);
    }
}
