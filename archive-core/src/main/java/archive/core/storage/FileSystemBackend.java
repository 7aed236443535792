package archive.core.storage;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.storage.common.Storage;
import io.ocfl.core.storage.filesystem.FileSystemStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.concurrent.Executor;

/**
 * The OCFL store in a local directory. ocfl-java moves a version into place with a rename but flushes nothing, so a
 * version is durable only once {@link #makeDurable} has flushed its files and the directories naming them.
 */
public final class FileSystemBackend implements StoreBackend {

    /**
     * Batches of at least this many versions are flushed with one syncfs: below it, their files' and directories'
     * fsyncs (about ten per version) cost less than writing back whatever else the file system holds unflushed.
     */
    static final int FILE_SYSTEM_SYNC_FROM = 16;

    private final Path root;
    private final FileSystemStorage storage;
    private final Durability durability;
    private final Timer fileFlushes;
    private final Timer fileSystemFlushes;
    /** Whether syncfs works here; found out at the first flush that would use it. */
    private volatile Boolean fileSystemSync;

    /** {@code fsyncs}: issues a write's fsyncs together. */
    public FileSystemBackend(Path root, Executor fsyncs, MeterRegistry registry) {
        this.root = root.toAbsolutePath();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the OCFL store at " + root, e);
        }
        this.storage = new FileSystemStorage(this.root);
        this.durability = new Durability(fsyncs);
        this.fileFlushes = flushTimer(registry, "fsync");
        this.fileSystemFlushes = flushTimer(registry, "syncfs");
    }

    /** The OCFL storage root. */
    public Path root() {
        return root;
    }

    @Override
    public StorageKind kind() {
        return StorageKind.FILESYSTEM;
    }

    @Override
    public Storage storage() {
        return storage;
    }

    @Override
    public void configure(OcflRepositoryBuilder repository) {
        // ocfl-java's in-memory inventory cache stays: another node's version of an object is looked for in the
        // directory at the first miss (ObjectStore) and forgotten on that node's notification. Its in-memory object
        // lock holds within this process only.
    }

    /** Each file and every directory up to the root, or, for a batch where that is thousands of fsyncs, syncfs. */
    @Override
    public void makeDurable(int versions, Collection<String> files) {
        if (versions >= FILE_SYSTEM_SYNC_FROM && fileSystemSync()) {
            fileSystemFlushes.record(() -> Durability.syncFileSystem(root));
        } else {
            fileFlushes.record(() -> durability.sync(root, files.stream().map(root::resolve).toList()));
        }
    }

    /** Never leaves a half-copied file behind: copy beside the target, then rename over it. */
    @Override
    public void replace(String source, String target) {
        Path targetFile = root.resolve(target);
        Path staging = targetFile.resolveSibling(targetFile.getFileName() + ".repair");
        try {
            Files.copy(root.resolve(source), staging, StandardCopyOption.REPLACE_EXISTING);
            Files.move(staging, targetFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot replace " + targetFile, e);
        }
    }

    @Override
    public void releaseAbandoned(String objectId) {
        // The object lock lived in the memory of the process that died.
    }

    @Override
    public boolean usable() {
        return Files.isRegularFile(root.resolve("0=ocfl_1.1")) && Files.isWritable(root);
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public void close() {
        storage.close();
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
}
