package archive.core.ingest;

import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentNotFoundException;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.VersionRecord;
import archive.core.ingest.IngestResult.Outcome;
import archive.core.storage.ConcurrentVersionException;
import archive.core.storage.ContentDigest;
import archive.core.storage.ObjectMetadata;
import archive.core.storage.ObjectMetadataCodec;
import archive.core.storage.ObjectStore;
import archive.core.storage.StoredVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The one way bytes enter the archive (API, web form, bulk import and seeds all come here): validate, checksum,
 * detect duplicates, write the OCFL version durably, then record it in the catalog. Nothing is acknowledged before
 * both are durable; a crash in between is repaired from the {@link IngestJournal} at the next start.
 */
@ApplicationScoped
public class IngestService {

    public static final String MEDIA_TYPE = "text/plain; charset=utf-8";

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final ContentValidator validator;
    private final ObjectStore store;
    private final ObjectMetadataCodec metadataCodec;
    private final Catalog catalog;
    private final IngestJournal journal;
    private final DocumentLocks locks;
    private final Reconciler reconciler;

    public IngestService(ContentValidator validator, ObjectStore store, ObjectMetadataCodec metadataCodec,
            Catalog catalog, IngestJournal journal, DocumentLocks locks, Reconciler reconciler) {
        this.validator = validator;
        this.store = store;
        this.metadataCodec = metadataCodec;
        this.catalog = catalog;
        this.journal = journal;
        this.locks = locks;
        this.reconciler = reconciler;
    }

    /** A new document whose id is the first 16 hex of its SHA-256, or the document already holding the bytes. */
    public IngestResult ingest(Upload upload) {
        validator.validate(upload.bytes());
        ContentDigest digest = ContentDigest.of(upload.bytes());
        return ingestAs(digest.sha256().substring(0, 16), upload, digest);
    }

    /** A new document with a given id (seeds keep the id from their file name); idempotent. */
    public IngestResult ingestWithId(String id, Upload upload) {
        validator.validate(upload.bytes());
        return ingestAs(id, upload, ContentDigest.of(upload.bytes()));
    }

    /**
     * A new version of an existing document. With {@code expectedSha256} (the If-Match tags) the write is refused
     * unless the current version is one of them, so concurrent editors never overwrite each other unseen.
     */
    public IngestResult addVersion(String id, Upload upload, Optional<Set<String>> expectedSha256) {
        validator.validate(upload.bytes());
        ContentDigest digest = ContentDigest.of(upload.bytes());
        return locks.withLock(id, () -> {
            Document document = catalog.document(id).orElseThrow(() -> new DocumentNotFoundException(id));
            DocumentVersion current = catalog.version(id, document.currentVersion).orElseThrow();
            if (expectedSha256.isPresent() && !expectedSha256.get().contains(current.sha256)) {
                throw new StaleVersionException(id, current.sha256);
            }
            if (current.sha256.equals(digest.sha256())) {
                return new IngestResult(Outcome.UNCHANGED, document, current);
            }
            return write(id, Optional.of(document.ocflHead), document.currentVersion + 1, upload, digest,
                    current.originalFileName);
        });
    }

    private IngestResult ingestAs(String id, Upload upload, ContentDigest digest) {
        Optional<IngestResult> duplicate = duplicateOf(digest);
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        return locks.withLock(id, () -> {
            // A write of this id may have reached the store without reaching the catalog (a crash, a lost
            // database connection): repair that first, so the bytes are found instead of written twice.
            reconciler.reconcile(id);
            Optional<IngestResult> concurrent = duplicateOf(digest);
            if (concurrent.isPresent()) {
                return concurrent.get();
            }
            if (catalog.document(id).isPresent()) {
                throw new ConcurrentVersionException(id, "the id is already taken by a document with other bytes");
            }
            return write(id, Optional.empty(), 1, upload, digest, id + ".txt");
        });
    }

    private Optional<IngestResult> duplicateOf(ContentDigest digest) {
        return catalog.firstWithSha256(digest.sha256()).map(version -> new IngestResult(Outcome.DUPLICATE,
                catalog.document(version.documentId).orElseThrow(), version));
    }

    private IngestResult write(String id, Optional<String> expectedHead, int number, Upload upload,
            ContentDigest digest, String fallbackName) {
        // Microseconds: what PostgreSQL keeps, so the catalog and metadata.json agree exactly.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String fileName = FileNames.sanitize(upload.fileName(), fallbackName);
        String event = number == 1 ? "ingestion" : "new-version";
        // Librarians' metadata corrections are the document's, not the text's: every new version carries them on.
        List<ObjectMetadata.Correction> corrections = expectedHead
                .map(head -> metadataCodec.read(store.readMetadata(id, head)).corrections())
                .orElse(List.of());
        ObjectMetadata metadata = new ObjectMetadata(ObjectMetadata.SCHEMA, id, number, digest.sha256(),
                upload.bytes().length, MEDIA_TYPE, fileName, now, upload.agent(), event, corrections);

        journal.begin(id);
        StoredVersion stored = store.write(id, expectedHead, upload.bytes(), metadataCodec.write(metadata),
                upload.agent(), event + " of text version " + number);
        Document document = catalog.record(new VersionRecord(id, number, digest.sha256(), stored.sha512(),
                upload.bytes().length, MEDIA_TYPE, fileName, stored.ocflVersion(), now, upload.agent(),
                "sha256=" + digest.sha256() + " size=" + upload.bytes().length + " file=" + fileName),
                upload.bytes());
        journal.end(id);
        LOG.infof("archived %s version %d (%s, %d bytes, sha256 %s) by %s", id, number, stored.ocflVersion(),
                upload.bytes().length, digest.sha256(), upload.agent());
        DocumentVersion version = catalog.version(id, number).orElseThrow();
        return new IngestResult(number == 1 ? Outcome.CREATED : Outcome.NEW_VERSION, document, version);
    }
}
