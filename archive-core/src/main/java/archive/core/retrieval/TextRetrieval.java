package archive.core.retrieval;

import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentNotFoundException;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.VersionNotFoundException;
import archive.core.storage.ContentCache;
import archive.core.storage.ContentDigest;
import archive.core.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Archived text by document and version, or by SHA-256; the bytes are verified before anyone sees them. */
@ApplicationScoped
public class TextRetrieval {

    private static final Logger LOG = Logger.getLogger(TextRetrieval.class);

    private final Catalog catalog;
    private final ObjectStore store;
    private final ContentCache cache;

    public TextRetrieval(Catalog catalog, ObjectStore store, ContentCache cache) {
        this.catalog = catalog;
        this.store = store;
        this.cache = cache;
    }

    public ArchivedText current(String documentId) {
        DocumentVersion version = catalog.currentVersion(documentId)
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
        return new ArchivedText(version, bytes(version));
    }

    public ArchivedText version(String documentId, int number) {
        Document document = catalog.document(documentId)
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
        DocumentVersion version = catalog.version(documentId, number)
                .orElseThrow(() -> new VersionNotFoundException(documentId, number, document.currentVersion));
        return new ArchivedText(version, bytes(version));
    }

    public ArchivedText bySha256(String sha256) {
        DocumentVersion version = catalog.firstWithSha256(sha256)
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
