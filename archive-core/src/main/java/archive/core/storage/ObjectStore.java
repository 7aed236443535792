package archive.core.storage;

import archive.core.config.ArchiveConfig;
import archive.core.work.WorkerPools;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.ocfl.api.DigestAlgorithmRegistry;
import io.ocfl.api.OcflOption;
import io.ocfl.api.OcflRepository;
import io.ocfl.api.exception.ObjectOutOfSyncException;
import io.ocfl.api.exception.OcflJavaException;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.OcflObjectVersion;
import io.ocfl.api.model.VersionInfo;
import io.ocfl.api.model.VersionNum;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.extension.storage.layout.HashedNTupleLayoutExtension;
import io.ocfl.core.extension.storage.layout.config.HashedNTupleLayoutConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The preservation record: an OCFL 1.1 repository with one object per document. Each object version holds the text
 * exactly as uploaded ({@value #TEXT_PATH}) and a self-describing {@value #METADATA_PATH}, so the catalog can be
 * rebuilt from the store alone.
 */
@ApplicationScoped
public class ObjectStore {

    public static final String TEXT_PATH = "content.txt";
    public static final String METADATA_PATH = "metadata.json";

    private static final Logger LOG = Logger.getLogger(ObjectStore.class);
    /**
     * Batches of at least this many versions are flushed with one syncfs: below it, their files' and directories'
     * fsyncs (about ten per version) cost less than writing back whatever else the file system holds unflushed.
     */
    static final int FILE_SYSTEM_SYNC_FROM = 16;

    private final Path root;
    private final OcflRepository repository;
    /** Whether syncfs works here; found out at the first flush that would use it. */
    private volatile Boolean fileSystemSync;
    /** The same layout the repository uses, to find an object's directory when its inventory cannot be read. */
    private final HashedNTupleLayoutExtension layout = new HashedNTupleLayoutExtension();

    private final Durability durability;
    private final Timer writes;
    private final Timer fileFlushes;
    private final Timer fileSystemFlushes;

    @Inject
    public ObjectStore(ArchiveConfig config, WorkerPools pools, MeterRegistry registry) {
        this(config.dataDir(), pools.fsyncs(), registry);
    }

    /** {@code fsyncs}: issues a write's fsyncs together. */
    public ObjectStore(Path dataDir, Executor fsyncs, MeterRegistry registry) {
        this.durability = new Durability(fsyncs);
        this.writes = Timer.builder("archive.store.writes")
                .description("OCFL versions written (text, metadata.json, inventory), before their flush")
                .register(registry);
        this.fileFlushes = flushTimer(registry, "fsync");
        this.fileSystemFlushes = flushTimer(registry, "syncfs");
        this.root = dataDir.resolve("ocfl").toAbsolutePath();
        Path work = dataDir.resolve("ocfl-work").toAbsolutePath();
        try {
            Files.createDirectories(root);
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the OCFL store under " + dataDir, e);
        }
        layout.init(new HashedNTupleLayoutConfig());
        this.repository = new OcflRepositoryBuilder()
                .defaultLayoutConfig(new HashedNTupleLayoutConfig())
                .storage(storage -> storage.fileSystem(root))
                .workDir(work)
                .build();
        LOG.infof("OCFL store open at %s", root);
    }

    /**
     * Writes a new version of the object and makes it durable before returning. {@code expectedHead} is the version
     * the caller based its change on (empty for a new object); if the object moved on meanwhile, the write is refused
     * with {@link ConcurrentVersionException} so no update is lost.
     */
    public StoredVersion write(String objectId, Optional<VersionNum> expectedHead, byte[] text, byte[] metadataJson,
            String agent, String message) {
        UnflushedVersion version = writeUnflushed(objectId, expectedHead, text, metadataJson, agent, message);
        flush(List.of(version));
        return version.stored();
    }

    /**
     * Like {@link #write}, but returns before the version is on stable storage: it is durable, and may be
     * acknowledged, only after {@link #flush} — which many writes share, as a bulk import does.
     */
    public UnflushedVersion writeUnflushed(String objectId, Optional<VersionNum> expectedHead, byte[] text,
            byte[] metadataJson, String agent, String message) {
        return writes.record(() -> writeVersion(objectId, expectedHead, text, metadataJson, agent, message));
    }

    private UnflushedVersion writeVersion(String objectId, Optional<VersionNum> expectedHead, byte[] text,
            byte[] metadataJson, String agent, String message) {
        ObjectVersionId target = expectedHead
                .map(head -> ObjectVersionId.version(objectId, head))
                .orElseGet(() -> ObjectVersionId.head(objectId));
        if (expectedHead.isEmpty() && repository.containsObject(objectId)) {
            throw new ConcurrentVersionException(objectId, "the object was created concurrently");
        }
        VersionInfo info = new VersionInfo()
                .setUser(agent, null)
                .setMessage(message)
                .setCreated(OffsetDateTime.now(ZoneOffset.UTC));
        String sha256 = ContentDigest.sha256Hex(text);
        ObjectVersionId written;
        try {
            written = repository.updateObject(target, info, updater -> updater
                    .writeFile(new ByteArrayInputStream(text), TEXT_PATH, OcflOption.OVERWRITE)
                    .addFileFixity(TEXT_PATH, DigestAlgorithmRegistry.sha256, sha256)
                    .writeFile(new ByteArrayInputStream(metadataJson), METADATA_PATH, OcflOption.OVERWRITE));
        } catch (ObjectOutOfSyncException e) {
            throw new ConcurrentVersionException(objectId, "another version was written meanwhile");
        }
        OcflObjectVersion version = repository.getObject(written);
        Path textFile = root.resolve(version.getFile(TEXT_PATH).getStorageRelativePath());
        Path metadataFile = root.resolve(version.getFile(METADATA_PATH).getStorageRelativePath());
        Path objectRoot = objectRoot(metadataFile);
        List<Path> files = List.of(textFile, metadataFile, objectRoot.resolve("inventory.json"),
                objectRoot.resolve("inventory.json.sha512"));
        return new UnflushedVersion(new StoredVersion(written.getVersionNum(),
                version.getFile(TEXT_PATH).getFixity().get(DigestAlgorithmRegistry.sha512)), files);
    }

    /**
     * Makes the written versions durable: their files and every directory up to the store root, or, for a batch
     * where that would be thousands of fsyncs, the store's whole file system at once.
     */
    public void flush(Collection<UnflushedVersion> versions) {
        if (versions.size() >= FILE_SYSTEM_SYNC_FROM && fileSystemSync()) {
            fileSystemFlushes.record(() -> Durability.syncFileSystem(root));
        } else {
            fileFlushes.record(() -> durability.sync(root,
                    versions.stream().flatMap(version -> version.files().stream()).toList()));
        }
    }

    private static Timer flushTimer(MeterRegistry registry, String method) {
        return Timer.builder("archive.store.flushes").tag("method", method)
                .description("Making written versions durable: each file and directory, or the file system at once")
                .register(registry);
    }

    private boolean fileSystemSync() {
        if (fileSystemSync == null) {
            fileSystemSync = Durability.fileSystemSyncAvailable(root);
        }
        return fileSystemSync;
    }

    /** The stored text of one OCFL version, read straight from its file. */
    public byte[] readText(String objectId, VersionNum ocflVersion) {
        return readFile(objectId, ocflVersion, TEXT_PATH);
    }

    public byte[] readMetadata(String objectId, VersionNum ocflVersion) {
        return readFile(objectId, ocflVersion, METADATA_PATH);
    }

    public Optional<VersionNum> head(String objectId) {
        if (!repository.containsObject(objectId)) {
            return Optional.empty();
        }
        return Optional.of(repository.describeObject(objectId).getHeadVersionNum());
    }

    /** Oldest first. */
    public List<VersionNum> versions(String objectId) {
        return repository.describeObject(objectId).getVersionMap().keySet().stream().sorted().toList();
    }

    /**
     * After a crash: rolls an object whose write was interrupted forward to its last complete version (see
     * {@link InterruptedWriteRepair}); returns what was repaired, if anything.
     */
    public Optional<String> repairInterruptedWrite(String objectId) {
        Optional<String> repaired = InterruptedWriteRepair.repair(root.resolve(layout.mapObjectId(objectId)), durability);
        repository.invalidateCache(objectId);
        repaired.ifPresent(what -> LOG.warnf("repaired OCFL object %s after an interrupted write: %s", objectId,
                what));
        return repaired;
    }

    public Stream<String> objectIds() {
        return repository.listObjectIds();
    }

    /**
     * OCFL validation with content fixity: every file's sha512 against the inventory, and the inventory against its
     * sidecar digest and the latest version's copy. Reads from disk, not from the inventory cache.
     */
    public List<StoreIssue> validate(String objectId) {
        try {
            repository.invalidateCache(objectId);
            return repository.validateObject(objectId, true).getErrors().stream()
                    .map(issue -> new StoreIssue(issue.getCode() == null ? null : issue.getCode().name(),
                            issue.getMessage()))
                    .toList();
        } catch (RuntimeException e) {
            return List.of(new StoreIssue(null, "object cannot be validated: " + e.getMessage()));
        }
    }

    public Path root() {
        return root;
    }

    private byte[] readFile(String objectId, VersionNum ocflVersion, String logicalPath) {
        try {
            OcflObjectVersion version = repository.getObject(ObjectVersionId.version(objectId, ocflVersion));
            return Files.readAllBytes(root.resolve(version.getFile(logicalPath).getStorageRelativePath()));
        } catch (OcflJavaException e) {
            // not found, or an inventory that no longer matches its digest
            throw new StoredFileMissingException(objectId, ocflVersion, logicalPath, e.getMessage());
        } catch (IOException e) {
            throw new StoredFileMissingException(objectId, ocflVersion, logicalPath, e.toString());
        }
    }

    /** objectRoot/vN/content/file → objectRoot */
    private static Path objectRoot(Path contentFile) {
        return contentFile.getParent().getParent().getParent();
    }

    @PreDestroy
    void close() {
        repository.close();
    }
}
