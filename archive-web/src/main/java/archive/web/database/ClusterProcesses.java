package archive.web.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

/**
 * Finds the processes of a cluster by their working directory: the postmaster and every child it forks chdir into
 * the data directory. Unlike a bare pid this cannot mistake an unrelated process that reused the pid.
 */
final class ClusterProcesses {

    private static final Logger LOG = Logger.getLogger(ClusterProcesses.class);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);

    private ClusterProcesses() {
    }

    static boolean isRunningIn(long pid, Path dataDir) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")).equals(dataDir);
        } catch (IOException | UnsupportedOperationException e) {
            return false; // gone, a zombie, or not ours to inspect
        }
    }

    /**
     * Waits for processes left over by a dead postmaster: backends and auxiliary processes exit by themselves once
     * they notice, and until then keep the old shared memory attached, which makes a new postmaster refuse to start.
     * Stragglers are killed after {@code grace}.
     */
    static void awaitExit(Path dataDir, Duration grace) {
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(process -> isRunningIn(process.pid(), dataDir))
                .toList();
        if (leftovers.isEmpty()) {
            return;
        }
        LOG.infof("Waiting for %d leftover PostgreSQL processes to exit (pids %s)", leftovers.size(), pids(leftovers));
        if (!exitWithin(leftovers, grace)) {
            LOG.warnf("Killing PostgreSQL processes still running after %d s (pids %s)",
                    grace.toSeconds(), pids(leftovers));
            leftovers.forEach(ProcessHandle::destroyForcibly);
            if (!exitWithin(leftovers, KILL_TIMEOUT)) {
                throw new EmbeddedPostgresException("PostgreSQL processes " + pids(leftovers)
                        + " of " + dataDir + " survived SIGKILL");
            }
        }
    }

    private static boolean exitWithin(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("Interrupted while waiting for PostgreSQL processes to exit", e);
        }
    }

    private static String pids(List<ProcessHandle> processes) {
        return processes.stream().map(process -> Long.toString(process.pid())).collect(Collectors.joining(", "));
    }
}
