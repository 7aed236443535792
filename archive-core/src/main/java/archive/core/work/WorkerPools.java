package archive.core.work;

import archive.core.config.ArchiveConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The archive's own threads, in one place: sized by configuration ({@code archive.workers.*}), measured (the
 * {@code executor*} metrics, tagged {@code name}), and stopped with the application rather than kept in static
 * fields that outlive it.
 */
@ApplicationScoped
public class WorkerPools {

    private static final Logger LOG = Logger.getLogger(WorkerPools.class);

    private final ExecutorService storeWriters;
    private final ExecutorService fsyncs;
    private final ForkJoinPool comparisons;
    private final ExecutorService derivation;
    private final ExecutorService changeListener;
    private final int derivationWorkers;
    private final List<ExecutorService> all;

    WorkerPools(ArchiveConfig config, MeterRegistry registry) {
        ArchiveConfig.Workers workers = config.workers();
        int cores = Runtime.getRuntime().availableProcessors();
        storeWriters = ExecutorServiceMetrics.monitor(registry,
                fixed(workers.storeWriters().orElse(cores), "archive-store-writer"), "store-writers");
        fsyncs = ExecutorServiceMetrics.monitor(registry, fixed(workers.fsyncs(), "archive-fsync"), "fsyncs");
        // Measured but not wrapped: comparisons run as parallel streams inside this pool, which needs the pool itself.
        comparisons = new ForkJoinPool(workers.comparisons().orElse(cores));
        new ExecutorServiceMetrics(comparisons, "comparisons", List.of()).bindTo(registry);
        derivationWorkers = config.derivation().workers().orElse(cores);
        derivation = ExecutorServiceMetrics.monitor(registry, fixed(derivationWorkers, "archive-derivation"),
                "derivation");
        changeListener = fixed(1, "archive-change-listener");
        all = List.of(derivation, storeWriters, fsyncs, comparisons, changeListener);
    }

    /** Writes a batch's OCFL objects side by side: mostly CPU (digests, inventory JSON) between small system calls. */
    public ExecutorService storeWriters() {
        return storeWriters;
    }

    /** Issues a version's fsyncs together, so the file system commits them in a few shared journal commits. */
    public ExecutorService fsyncs() {
        return fsyncs;
    }

    /** Compares texts for provenance: pure CPU work, one thread per core by default. */
    public ForkJoinPool comparisons() {
        return comparisons;
    }

    /**
     * The threads of the derivation workers ({@link #derivationWorkers} of them), which derive metadata, search
     * text and provenance from queued documents in the background.
     */
    public ExecutorService derivation() {
        return derivation;
    }

    /** Listens for other nodes' changes (archive.core.cluster.ChangeListener): one thread, blocked on its socket. */
    public ExecutorService changeListener() {
        return changeListener;
    }

    /** How many derivation workers this node runs: {@code archive.derivation.workers}, by default one per core. */
    public int derivationWorkers() {
        return derivationWorkers;
    }

    /**
     * After the application's own shutdown observers (the derivation workers stop claiming documents first): the
     * documents being derived finish (they are short); whatever is still queued waits for the next start or for
     * another node's workers.
     */
    void onStop(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) ShutdownEvent event)
            throws InterruptedException {
        all.forEach(ExecutorService::shutdown);
        for (ExecutorService pool : all) {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warnf("A worker pool did not finish within 30 s of shutdown: %s", pool);
            }
        }
    }

    /** Idle threads end after 30 s, so pools sized for bursts (fsyncs) cost nothing between them. */
    private static ExecutorService fixed(int threads, String name) {
        ThreadFactory factory = work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
