package archive.core.retrieval;

import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentId;
import archive.core.catalog.DocumentNotFoundException;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.VersionNotFoundException;
import archive.core.storage.ContentCache;
import archive.core.storage.ContentDigest;
import archive.core.storage.ObjectStore;
import archive.core.storage.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Archived text by document and version, or by SHA-256; the bytes are verified before anyone sees them. */
@ApplicationScoped
public class TextRetrieval {

    private static final Logger LOG = Logger.getLogger(TextRetrieval.class);

    private final Catalog catalog;
    private final CurrentVersions currentVersions;
    private final ObjectStore store;
    private final ContentCache cache;

    public TextRetrieval(Catalog catalog, CurrentVersions currentVersions, ObjectStore store, ContentCache cache) {
        this.catalog = catalog;
        this.currentVersions = currentVersions;
        this.store = store;
        this.cache = cache;
    }

    public ArchivedText current(DocumentId documentId) {
        DocumentVersion version = currentVersions.current(documentId.value())
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
        return new ArchivedText(version, bytes(version));
    }

    /**
     * The current text when both its version and its bytes are in memory, else empty; never blocks, so callers on
     * an event loop can answer at once and leave the rest to {@link #current(DocumentId)} on a worker thread.
     */
    public Optional<ArchivedText> currentInMemory(DocumentId documentId) {
        return currentVersions.cached(documentId.value()).flatMap(version -> cache.getIfPresent(version.sha256)
                .map(bytes -> new ArchivedText(version, bytes)));
    }

    public ArchivedText version(DocumentId documentId, int number) {
        Document document = catalog.require(documentId);
        DocumentVersion version = catalog.version(documentId.value(), number)
                .orElseThrow(() -> new VersionNotFoundException(documentId, number, document.currentVersion));
        return new ArchivedText(version, bytes(version));
    }

    public ArchivedText bySha256(Sha256 sha256) {
        DocumentVersion version = catalog.firstWithSha256(sha256.hex())
                .orElseThrow(() -> new ContentNotFoundException(sha256));
        return new ArchivedText(version, bytes(version));
    }

    private byte[] bytes(DocumentVersion version) {
        return cache.get(version.sha256, () -> {
            byte[] bytes = store.readText(version.documentId, version.ocflVersion);
            String actual = ContentDigest.sha256Hex(bytes);
            if (!actual.equals(version.sha256)) {
                LOG.errorf("fixity failure reading %s version %d: SHA-256 %s, expected %s", version.documentId,
                        version.number, actual, version.sha256);
                throw new FixityFailureException(version.documentId, version.number);
            }
            return bytes;
        });
    }
}
