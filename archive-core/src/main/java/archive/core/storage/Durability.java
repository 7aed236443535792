package archive.core.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * fsync for files and the directories that name them. ocfl-java moves versions into place but does not flush them;
 * an archive may only acknowledge what survives a power cut.
 * <p>
 * The fsyncs run concurrently: one after another, each waits for its own journal commit (milliseconds on a busy
 * disk); issued together, the file system commits them in a few shared ones.
 */
final class Durability {

    private static final int CONCURRENT_FSYNCS = 32;
    private static final ExecutorService FLUSHERS = flushers();

    private Durability() {
    }

    /** Flushes these files and the directories that name them; returns when all of them are on stable storage. */
    static void sync(Path root, Collection<Path> files) {
        syncDirectories(root, files, List.of(flushInBackground(files)));
    }

    /** Starts flushing these files; the result completes when all of them are on stable storage. */
    static CompletableFuture<Void> flushInBackground(Collection<Path> files) {
        return CompletableFuture.allOf(files.stream()
                .map(file -> CompletableFuture.runAsync(() -> force(file, false), FLUSHERS))
                .toArray(CompletableFuture[]::new));
    }

    /**
     * Flushes every directory between these files and {@code root}, and returns once that and the file flushes
     * already started are done. Call it after the files are in their final place: a directory flushed before an
     * entry is added to it would not keep the entry.
     */
    static void syncDirectories(Path root, Collection<Path> files, Collection<CompletableFuture<Void>> fileFlushes) {
        Set<Path> directories = new LinkedHashSet<>();
        for (Path file : files) {
            for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
                directories.add(dir);
            }
        }
        List<CompletableFuture<Void>> flushes = new ArrayList<>(fileFlushes);
        directories.forEach(dir -> flushes.add(CompletableFuture.runAsync(() -> force(dir, true), FLUSHERS)));
        try {
            CompletableFuture.allOf(flushes.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void force(Path path, boolean directory) {
        if (!Files.exists(path)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems refuse to open directories for fsync; the files themselves were flushed.
            if (!directory) {
                throw new UncheckedIOException("Cannot flush " + path, e);
            }
        }
    }

    private static ExecutorService flushers() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(CONCURRENT_FSYNCS, CONCURRENT_FSYNCS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), work -> {
                    Thread thread = new Thread(work, "archive-fsync");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
