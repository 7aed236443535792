package archive.core.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Puts written files on stable storage. ocfl-java moves versions into place but does not flush them; an archive may
 * only acknowledge what survives a power cut.
 * <p>
 * Two ways: {@link #sync} flushes the files and every directory that names them (about ten fsyncs per OCFL version,
 * issued together so the file system commits them in a few shared journal commits); {@link #syncFileSystem} flushes
 * the whole file system once with syncfs(2), through coreutils' {@code sync --file-system} — for a batch of hundreds
 * of versions one call replaces thousands of fsyncs. Linux reports write-back errors from syncfs since 5.8.
 */
final class Durability {

    private static final Logger LOG = Logger.getLogger(Durability.class);

    /** Issues the fsyncs of {@link #sync} together. */
    private final Executor flushers;

    Durability(Executor flushers) {
        this.flushers = flushers;
    }

    /** Flushes these files and the directories between them and {@code root}, after they are in their place. */
    void sync(Path root, Collection<Path> files) {
        Set<Path> directories = new LinkedHashSet<>();
        for (Path file : files) {
            for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
                directories.add(dir);
            }
        }
        List<CompletableFuture<Void>> flushes = new ArrayList<>(files.size() + directories.size());
        files.forEach(file -> flushes.add(CompletableFuture.runAsync(() -> force(file, false), flushers)));
        directories.forEach(dir -> flushes.add(CompletableFuture.runAsync(() -> force(dir, true), flushers)));
        try {
            CompletableFuture.allOf(flushes.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Whether {@link #syncFileSystem} works here: Linux with coreutils 8.24 or later. */
    static boolean fileSystemSyncAvailable(Path anyPath) {
        try {
            syncFileSystem(anyPath);
            return true;
        } catch (UncheckedIOException e) {
            LOG.infof("syncfs is not available (%s): every written file and directory is flushed on its own",
                    e.getMessage());
            return false;
        }
    }

    /** Flushes everything written to the file system that holds {@code anyPath}; returns once it is durable. */
    static void syncFileSystem(Path anyPath) {
        try {
            Process sync = new ProcessBuilder("sync", "--file-system", anyPath.toString())
                    .redirectErrorStream(true).start();
            String output = new String(sync.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            int status = sync.waitFor();
            if (status != 0) {
                throw new UncheckedIOException(new IOException("sync --file-system " + anyPath + " exited with "
                        + status + (output.isEmpty() ? "" : ": " + output)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run sync --file-system " + anyPath, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("Interrupted while flushing the file system of " + anyPath,
                    e));
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
}
