package archive.core.ingest;

import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentId;
import archive.core.catalog.DocumentListing;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.EventType;
import archive.core.catalog.VersionRecord;
import archive.core.ingest.IngestResult.Outcome;
import archive.core.storage.ConcurrentVersionException;
import archive.core.storage.ContentDigest;
import archive.core.storage.ObjectMetadata;
import archive.core.storage.ObjectMetadataCodec;
import archive.core.storage.ObjectStore;
import archive.core.storage.UnflushedVersion;
import archive.core.work.WorkerPools;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.ocfl.api.model.VersionNum;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The one way bytes enter the archive (API, web form, bulk import and seeds all come here): validate, checksum,
 * detect duplicates, write the OCFL version durably, then record it in the catalog. Nothing is acknowledged before
 * both are durable; a crash in between is repaired from the {@link WriteIntents}, by this node or another.
 */
@ApplicationScoped
public class IngestService {

    public static final String MEDIA_TYPE = "text/plain; charset=utf-8";

    private static final Logger LOG = Logger.getLogger(IngestService.class);
    private final ContentValidator validator;
    private final ObjectStore store;
    private final ObjectMetadataCodec metadataCodec;
    private final Catalog catalog;
    private final WriteIntents intents;
    private final DocumentLocks locks;
    private final Reconciler reconciler;
    private final Derivations derivations;
    /** Writes a batch's OCFL objects side by side; the batch's locks are held by the thread that waits for them. */
    private final ExecutorService storeWriters;
    private final MeterRegistry registry;
    private final Clock clock;
    /** The catalog transaction of a write (one version, or a whole batch), commit included. */
    private final Timer catalogWrites;

    public IngestService(ContentValidator validator, ObjectStore store, ObjectMetadataCodec metadataCodec,
            Catalog catalog, WriteIntents intents, DocumentLocks locks, Reconciler reconciler,
            Derivations derivations, WorkerPools pools, MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.storeWriters = pools.storeWriters();
        this.registry = registry;
        this.catalogWrites = Timer.builder("archive.catalog.writes")
                .description("Catalog transactions recording archived versions (one, or a bulk import's batch)")
                .register(registry);
        this.validator = validator;
        this.store = store;
        this.metadataCodec = metadataCodec;
        this.catalog = catalog;
        this.intents = intents;
        this.locks = locks;
        this.reconciler = reconciler;
        this.derivations = derivations;
    }

    /** A new document whose id is the first 16 hex of its SHA-256, or the document already holding the bytes. */
    public IngestResult ingest(Upload upload) {
        return ingest(upload, DerivationTiming.NOW);
    }

    public IngestResult ingest(Upload upload, DerivationTiming timing) {
        return counted(() -> {
            validator.validate(upload.bytes());
            ContentDigest digest = ContentDigest.of(upload.bytes());
            return ingestAs(idOf(digest), upload, digest, timing);
        });
    }

    /** A new document with a given id (seeds keep the id from their file name); idempotent. */
    public IngestResult ingestWithId(String id, Upload upload) {
        return ingestWithId(id, upload, DerivationTiming.NOW);
    }

    /**
     * @throws ConcurrentVersionException if another document, with other bytes, has the id
     */
    public IngestResult ingestWithId(String id, Upload upload, DerivationTiming timing) {
        return counted(() -> {
            validator.validate(upload.bytes());
            return ingestAs(id, upload, ContentDigest.of(upload.bytes()), timing);
        });
    }

    /**
     * A new version of an existing document. With {@code expectedSha256} (the If-Match tags) the write is refused
     * unless the current version is one of them, so concurrent editors never overwrite each other unseen.
     */
    public IngestResult addVersion(DocumentId documentId, Upload upload, Optional<Set<String>> expectedSha256) {
        return addVersion(documentId, upload, expectedSha256, DerivationTiming.NOW);
    }

    public IngestResult addVersion(DocumentId documentId, Upload upload, Optional<Set<String>> expectedSha256,
            DerivationTiming timing) {
        return counted(() -> newVersion(documentId, upload, expectedSha256, timing));
    }

    private IngestResult newVersion(DocumentId documentId, Upload upload, Optional<Set<String>> expectedSha256,
            DerivationTiming timing) {
        validator.validate(upload.bytes());
        ContentDigest digest = ContentDigest.of(upload.bytes());
        String id = documentId.value();
        return locks.withLock(id, () -> {
            // A node that died writing this document left the store ahead of the catalog: repair that first.
            reconciler.repairIfInterrupted(id);
            Document document = catalog.require(documentId);
            DocumentVersion current = catalog.version(id, document.currentVersion).orElseThrow();
            if (expectedSha256.isPresent() && !expectedSha256.get().contains(current.sha256)) {
                throw new StaleVersionException(id, current.sha256);
            }
            if (current.sha256.equals(digest.sha256())) {
                return new IngestResult(Outcome.UNCHANGED, document, current);
            }
            return write(id, Optional.of(document.ocflHead), document.currentVersion + 1, upload, digest,
                    current.originalFileName, timing);
        });
    }

    private IngestResult ingestAs(String id, Upload upload, ContentDigest digest, DerivationTiming timing) {
        Optional<IngestResult> duplicate = duplicateOf(digest);
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        return locks.withLock(id, () -> {
            // A write of this id may have reached the store without reaching the catalog (a crash, a lost
            // database connection, on any node): repair that first, so the bytes are found instead of written twice.
            reconciler.reconcile(id);
            Optional<IngestResult> concurrent = duplicateOf(digest);
            if (concurrent.isPresent()) {
                return concurrent.get();
            }
            if (catalog.document(id).isPresent()) {
                throw new ConcurrentVersionException(id, "the id is already taken by a document with other bytes");
            }
            return write(id, Optional.empty(), 1, upload, digest, id + ".txt", timing);
        });
    }

    /**
     * Many new documents at once, as a bulk import brings them: for each upload the same checks and outcome as
     * {@link #ingest}, but the batch shares one intent commit, one store flush and one catalog transaction, so
     * nothing is acknowledged before it is durable and the disk waits once per batch instead of once per document.
     * The new documents are left queued for {@link Derivations}: the caller starts their derivation. An upload whose
     * id needs care (already taken, left in the store by a crash, twice in the batch) goes through {@link #ingest}
     * on its own.
     */
    public List<BatchOutcome> ingestAll(List<Upload> uploads) {
        BatchOutcome[] outcomes = new BatchOutcome[uploads.size()];
        Map<Integer, ContentDigest> digests = new LinkedHashMap<>();
        for (int i = 0; i < uploads.size(); i++) {
            try {
                validator.validate(uploads.get(i).bytes());
                digests.put(i, ContentDigest.of(uploads.get(i).bytes()));
            } catch (ContentRejectedException e) {
                outcomes[i] = BatchOutcome.refused(e);
            }
        }
        Set<String> ids = digests.values().stream().map(IngestService::idOf).collect(Collectors.toSet());
        List<Integer> individually = locks.withLocks(ids, () -> writeBatch(uploads, digests, outcomes));
        for (int i : individually) {
            outcomes[i] = BatchOutcome.of(ingestAs(idOf(digests.get(i)), uploads.get(i), digests.get(i),
                    DerivationTiming.NOW));
        }
        for (int i = 0; i < outcomes.length; i++) {
            count("batch", outcomes[i].isRefused() ? "refused" : outcomes[i].result().outcome().name());
        }
        return Arrays.asList(outcomes);
    }

    /** Writes the batch's new documents; returns the uploads left for {@link #ingest}. Holds the batch's locks. */
    private List<Integer> writeBatch(List<Upload> uploads, Map<Integer, ContentDigest> digests,
            BatchOutcome[] outcomes) {
        intents.pendingAmong(digests.values().stream().map(IngestService::idOf).toList())
                .forEach(reconciler::repairIfInterrupted);
        Map<String, DocumentVersion> archived = catalog.firstWithSha256(
                digests.values().stream().map(ContentDigest::sha256).toList());
        Set<String> taken = catalog.existingDocumentIds(digests.values().stream().map(IngestService::idOf).toList());
        Map<String, Integer> writerOfBytes = new HashMap<>();
        Map<Integer, Integer> sameBytesAs = new LinkedHashMap<>();
        Set<String> idsInBatch = new HashSet<>();
        List<Integer> toWrite = new ArrayList<>();
        List<Integer> individually = new ArrayList<>();
        digests.forEach((i, digest) -> {
            String id = idOf(digest);
            if (archived.containsKey(digest.sha256())) {
                outcomes[i] = BatchOutcome.of(duplicate(archived.get(digest.sha256())));
            } else if (writerOfBytes.containsKey(digest.sha256())) {
                sameBytesAs.put(i, writerOfBytes.get(digest.sha256()));
            } else if (taken.contains(id) || !idsInBatch.add(id) || store.head(id).isPresent()) {
                individually.add(i);
            } else {
                writerOfBytes.put(digest.sha256(), i);
                toWrite.add(i);
            }
        });
        if (!toWrite.isEmpty()) {
            writeNewDocuments(uploads, digests, toWrite, outcomes);
        }
        sameBytesAs.forEach((i, writer) -> outcomes[i] = BatchOutcome.of(new IngestResult(Outcome.DUPLICATE,
                outcomes[writer].result().document(), outcomes[writer].result().version())));
        return individually;
    }

    private void writeNewDocuments(List<Upload> uploads, Map<Integer, ContentDigest> digests, List<Integer> toWrite,
            BatchOutcome[] outcomes) {
        List<String> ids = toWrite.stream().map(i -> idOf(digests.get(i))).toList();
        intents.begin(ids);
        List<CompletableFuture<PendingVersion>> writes = toWrite.stream()
                .map(i -> CompletableFuture.supplyAsync(() -> writeNew(uploads.get(i), digests.get(i)), storeWriters))
                .toList();
        List<Integer> writtenUploads = new ArrayList<>(toWrite.size());
        List<PendingVersion> written = new ArrayList<>(toWrite.size());
        RuntimeException failure = null;
        for (int k = 0; k < writes.size(); k++) {
            try {
                written.add(writes.get(k).join());
                writtenUploads.add(toWrite.get(k));
            } catch (CompletionException e) {
                // Record what was written, then report the first failure.
                failure = failure != null ? failure
                        : e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        store.flush(written.stream().map(PendingVersion::written).toList());
        // A write that failed keeps its intent: what it left in the store is repaired like a crash's.
        List<DocumentListing> recorded = catalogWrites.record(() -> intents.recordEnding(
                written.stream().map(pending -> pending.record().documentId()).toList(),
                () -> catalog.recordAll(written.stream().map(PendingVersion::record).toList(),
                        written.stream().map(pending -> pending.upload().bytes()).toList())));
        for (int k = 0; k < recorded.size(); k++) {
            outcomes[writtenUploads.get(k)] = BatchOutcome.of(new IngestResult(Outcome.CREATED,
                    recorded.get(k).document(), recorded.get(k).current()));
        }
        if (!recorded.isEmpty()) {
            LOG.infof("archived %d new documents in one batch (%s … %s) by %s", recorded.size(),
                    recorded.get(0).document().id, recorded.get(recorded.size() - 1).document().id,
                    uploads.get(writtenUploads.get(0)).agent());
        }
        if (failure != null) {
            throw failure;
        }
    }

    private Optional<IngestResult> duplicateOf(ContentDigest digest) {
        return catalog.firstWithSha256(digest.sha256()).map(this::duplicate);
    }

    private IngestResult duplicate(DocumentVersion archived) {
        return new IngestResult(Outcome.DUPLICATE, catalog.document(archived.documentId).orElseThrow(), archived);
    }

    private IngestResult write(String id, Optional<VersionNum> expectedHead, int number, Upload upload,
            ContentDigest digest, String fallbackName, DerivationTiming timing) {
        intents.begin(List.of(id));
        PendingVersion pending = writeUnflushed(id, expectedHead, number, upload, digest, fallbackName);
        store.flush(List.of(pending.written()));
        Document document = catalogWrites.record(() -> intents.recordEnding(List.of(id),
                () -> catalog.record(pending.record(), upload.bytes())));
        LOG.infof("archived %s version %d (%s, %d bytes, sha256 %s) by %s", id, number,
                pending.written().stored().ocflVersion(), upload.bytes().length, digest.sha256(), upload.agent());
        DocumentVersion version = catalog.version(id, number).orElseThrow();
        if (timing == DerivationTiming.NOW) {
            derivations.derive(id);
        }
        return new IngestResult(number == 1 ? Outcome.CREATED : Outcome.NEW_VERSION, document, version);
    }

    private PendingVersion writeNew(Upload upload, ContentDigest digest) {
        String id = idOf(digest);
        return writeUnflushed(id, Optional.empty(), 1, upload, digest, id + ".txt");
    }

    /** Writes the OCFL version (text and self-describing metadata.json); durable only once flushed. */
    private PendingVersion writeUnflushed(String id, Optional<VersionNum> expectedHead, int number, Upload upload,
            ContentDigest digest, String fallbackName) {
        Instant now = clock.instant();
        String fileName = FileNames.sanitize(upload.fileName(), fallbackName);
        EventType event = number == 1 ? EventType.INGESTION : EventType.NEW_VERSION;
        // Librarians' corrections and provenance decisions are the document's, not the text's: every new version
        // carries them on.
        Optional<ObjectMetadata> previous = expectedHead.map(head -> metadataCodec.read(store.readMetadata(id, head)));
        ObjectMetadata metadata = new ObjectMetadata(ObjectMetadata.SCHEMA, id, number, digest.sha256(),
                upload.bytes().length, MEDIA_TYPE, fileName, now, upload.agent(), event,
                previous.map(ObjectMetadata::corrections).orElse(List.of()),
                previous.map(ObjectMetadata::provenanceDecisions).orElse(List.of()));
        UnflushedVersion written = store.writeUnflushed(id, expectedHead, upload.bytes(), metadataCodec.write(metadata),
                upload.agent(), event.code() + " of text version " + number);
        return new PendingVersion(upload, written, new VersionRecord(id, number, digest.sha256(),
                written.stored().sha512(), upload.bytes().length, MEDIA_TYPE, fileName, written.stored().ocflVersion(),
                now, upload.agent(), "sha256=" + digest.sha256() + " size=" + upload.bytes().length + " file="
                        + fileName));
    }

    /** Counts the upload's outcome, a refusal included, as {@code archive.ingest.documents}. */
    private IngestResult counted(Supplier<IngestResult> ingestion) {
        try {
            IngestResult result = ingestion.get();
            count("single", result.outcome().name());
            return result;
        } catch (ContentRejectedException e) {
            count("single", "refused");
            throw e;
        }
    }

    /** {@code mode}: single (an upload, a new version, a seed) or batch (a bulk import). */
    private void count(String mode, String outcome) {
        Counter.builder("archive.ingest.documents").tag("mode", mode).tag("outcome", outcome.toLowerCase(Locale.ROOT))
                .description("Documents uploaded or imported, by outcome (created, new_version, duplicate, "
                        + "unchanged, refused)")
                .register(registry).increment();
    }

    private static String idOf(ContentDigest digest) {
        return digest.sha256().substring(0, 16);
    }

    /** A version written to the store, waiting for its flush and its catalog record. */
    private record PendingVersion(Upload upload, UnflushedVersion written, VersionRecord record) {
    }
}
