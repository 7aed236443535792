package archive.core.storage;

import archive.core.config.ArchiveConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.ocfl.api.DigestAlgorithmRegistry;
import io.ocfl.api.OcflOption;
import io.ocfl.api.OcflRepository;
import io.ocfl.api.exception.NotFoundException;
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
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The preservation record: an OCFL 1.1 repository with one object per document. Each object version holds the text
 * exactly as uploaded ({@value #TEXT_PATH}) and a self-describing {@value #METADATA_PATH}, so the catalog can be
 * rebuilt from the store alone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED) // the store's own database work (S3) commits on its own
public class ObjectStore {

    public static final String TEXT_PATH = "content.txt";
    public static final String METADATA_PATH = "metadata.json";

    private static final Logger LOG = Logger.getLogger(ObjectStore.class);

    private final StoreBackend backend;
    private final OcflRepository repository;
    /** The same layout the repository uses, to find an object's directory when its inventory cannot be read. */
    private final HashedNTupleLayoutExtension layout = new HashedNTupleLayoutExtension();
    private final Timer writes;

    @Inject
    public ObjectStore(ArchiveConfig config, StoreBackend backend, MeterRegistry registry) {
        this(backend, config.dataDir().resolve("ocfl-work"), registry);
    }

    /** The store in {@code dataDir/ocfl}; {@code fsyncs}: issues a write's fsyncs together. */
    public ObjectStore(Path dataDir, Executor fsyncs, MeterRegistry registry) {
        this(new FileSystemBackend(dataDir.resolve("ocfl"), fsyncs, registry), dataDir.resolve("ocfl-work"),
                registry);
    }

    /** {@code workDir}: where versions are assembled; on a file system, the same volume as the store. */
    public ObjectStore(StoreBackend backend, Path workDir, MeterRegistry registry) {
        this.backend = backend;
        this.writes = Timer.builder("archive.store.writes")
                .description("OCFL versions written (text, metadata.json, inventory), before their flush")
                .register(registry);
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the OCFL work area " + workDir, e);
        }
        layout.init(new HashedNTupleLayoutConfig());
        OcflRepositoryBuilder builder = new OcflRepositoryBuilder()
                .defaultLayoutConfig(new HashedNTupleLayoutConfig())
                .storage(storage -> storage.storage(backend.storage()))
                .workDir(workDir.toAbsolutePath());
        backend.configure(builder);
        this.repository = builder.build();
        LOG.infof("OCFL store open at %s", backend.location());
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
            // Returns once the root inventory names the new version: on a file system after a rename (durable
            // after flush), on S3 after its completed PUT, which is the commit point there.
            written = withFreshInventoryOnMiss(objectId, () -> repository.updateObject(target, info,
                    updater -> updater
                            .writeFile(new ByteArrayInputStream(text), TEXT_PATH, OcflOption.OVERWRITE)
                            .addFileFixity(TEXT_PATH, DigestAlgorithmRegistry.sha256, sha256)
                            .writeFile(new ByteArrayInputStream(metadataJson), METADATA_PATH,
                                    OcflOption.OVERWRITE)));
        } catch (ObjectOutOfSyncException e) {
            throw new ConcurrentVersionException(objectId, "another version was written meanwhile");
        }
        OcflObjectVersion version = repository.getObject(written);
        String objectRoot = layout.mapObjectId(objectId);
        List<String> files = List.of(version.getFile(TEXT_PATH).getStorageRelativePath(),
                version.getFile(METADATA_PATH).getStorageRelativePath(),
                objectRoot + "/" + InterruptedWriteRepair.INVENTORY, objectRoot + "/" + InterruptedWriteRepair.SIDECAR);
        return new UnflushedVersion(new StoredVersion(written.getVersionNum(),
                version.getFile(TEXT_PATH).getFixity().get(DigestAlgorithmRegistry.sha512)), files);
    }

    /** Makes the written versions durable (see {@link StoreBackend#makeDurable}). */
    public void flush(Collection<UnflushedVersion> versions) {
        backend.makeDurable(versions.size(), versions.stream().flatMap(version -> version.files().stream()).toList());
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
     * {@link InterruptedWriteRepair}) and lets go of the object lock the dead writer held; returns what was
     * repaired, if anything. Only under the document's lock across nodes (archive.core.ingest.DocumentLocks), so
     * that no live writer is in the middle of a write this would take for interrupted.
     */
    public Optional<String> repairInterruptedWrite(String objectId) {
        Optional<String> repaired = InterruptedWriteRepair.repair(layout.mapObjectId(objectId), backend);
        backend.releaseAbandoned(objectId);
        repository.invalidateCache(objectId);
        repaired.ifPresent(what -> LOG.warnf("repaired OCFL object %s after an interrupted write: %s", objectId,
                what));
        return repaired;
    }

    /**
     * Forgets the object's inventory if this JVM keeps it (ocfl-java's in-memory cache of the file-system store),
     * after another node wrote a version of it. S3's inventories are in the shared object-details table, which
     * invalidating would delete for every node.
     */
    public void forgetCachedInventory(String objectId) {
        if (backend.kind() == StorageKind.FILESYSTEM) {
            repository.invalidateCache(objectId);
        }
    }

    /** {@link #forgetCachedInventory} of every object. */
    public void forgetCachedInventories() {
        if (backend.kind() == StorageKind.FILESYSTEM) {
            repository.invalidateCache();
        }
    }

    public Stream<String> objectIds() {
        return repository.listObjectIds();
    }

    /**
     * OCFL validation with content fixity: every file's sha512 against the inventory, and the inventory against its
     * sidecar digest and the latest version's copy. Reads from storage, not from the inventory cache.
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

    /** Where the files are, and whether the store is usable (the readiness check). */
    public StoreBackend backend() {
        return backend;
    }

    private byte[] readFile(String objectId, VersionNum ocflVersion, String logicalPath) {
        try {
            OcflObjectVersion version = withFreshInventoryOnMiss(objectId,
                    () -> repository.getObject(ObjectVersionId.version(objectId, ocflVersion)));
            try (InputStream in = backend.storage().read(version.getFile(logicalPath).getStorageRelativePath())) {
                return in.readAllBytes();
            }
        } catch (OcflJavaException e) {
            // not found, or an inventory that no longer matches its digest
            throw new StoredFileMissingException(objectId, ocflVersion, logicalPath, e.getMessage());
        } catch (IOException e) {
            throw new StoredFileMissingException(objectId, ocflVersion, logicalPath, e.toString());
        }
    }

    /**
     * Another node may have written a version after this JVM cached the object's inventory, and its notification
     * ({@link #forgetCachedInventory}) not arrived yet: a version this inventory lacks, or a head it has not seen, is
     * looked for once more in the store itself.
     */
    private <T> T withFreshInventoryOnMiss(String objectId, Supplier<T> action) {
        try {
            return action.get();
        } catch (NotFoundException | ObjectOutOfSyncException e) {
            if (backend.kind() != StorageKind.FILESYSTEM) {
                throw e;
            }
            repository.invalidateCache(objectId);
            return action.get();
        }
    }

    @PreDestroy
    void close() {
        repository.close();
    }
}
