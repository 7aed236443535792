package archive.core.ingest;

import archive.core.catalog.DocumentId;
import archive.core.config.ArchiveConfig;
import archive.core.catalog.TextDerivation;
import archive.core.retrieval.ArchivedText;
import archive.core.retrieval.TextRetrieval;
import archive.core.work.WorkerPools;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Derives what the archive knows from a document's current text — extracted metadata, search facets, provenance —
 * once the version is archived. An upload's document is derived before the upload is answered, so the uploader sees
 * its metadata and sources; a bulk import leaves its documents in the {@link DerivationQueue} and the derivation
 * workers derive them in the background, so archiving thousands of files does not wait for the analysis of each.
 * Every node runs {@link WorkerPools#derivationWorkers} workers on the one queue; what is still queued when a node
 * stops is derived by the others, or after the next start.
 *
 * <p>Locks are always taken in one order — the document's lock, then its queue row, then provenance detection's —
 * so no two derivations, uploads or imports ever wait for each other in a circle. A writer of the document holds
 * its lock when its catalog transaction queues the document (which waits for a transaction holding the queue row),
 * and {@link #derive} takes the row under the lock too. A worker therefore never holds a queue row while it waits
 * for a document's lock: it finds a candidate in a short transaction of its own (rows claimed by others skipped),
 * only tries the candidate's lock, and claims the row (again skipping it if another worker got there first) in the
 * derivation's transaction, under the lock. A busy candidate is passed over until the worker's next pass.
 */
@ApplicationScoped
public class Derivations {

    private static final int PAGE = 100;
    private static final Logger LOG = Logger.getLogger(Derivations.class);

    private final DerivationQueue queue;
    private final DocumentLocks locks;
    private final TextRetrieval texts;
    private final DerivationPipeline pipeline;
    private final ExecutorService workers;
    private final int workerCount;
    private final Duration pollInterval;
    private final AtomicBoolean started = new AtomicBoolean();
    /** Counts the wake-ups, so a worker that was busy when one came makes another pass instead of waiting. */
    private long wakeUps;
    private final Object wakeUpSignal = new Object();
    /** Read from the queue by {@link #refreshQueuedGauge}: a scrape of the metrics must not query the database. */
    private final AtomicLong queuedGauge = new AtomicLong();
    private final AtomicInteger deriving = new AtomicInteger();
    private final Timer derived;
    private final Counter failed;
    private volatile boolean stopping;

    public Derivations(DerivationQueue queue, DocumentLocks locks, TextRetrieval texts,
            DerivationPipeline pipeline, WorkerPools pools, ArchiveConfig config, MeterRegistry registry) {
        this.workers = pools.derivation();
        this.workerCount = pools.derivationWorkers();
        this.pollInterval = config.derivation().pollInterval();
        Gauge.builder("archive.derivation.queued", queuedGauge, AtomicLong::get)
                .description("Documents waiting for their metadata, search text and provenance (read every 10 s)")
                .register(registry);
        Gauge.builder("archive.derivation.active", deriving, AtomicInteger::get)
                .description("Documents this node derives from now, by its workers or for uploads; beside "
                        + "archive.derivation.workers, how busy the workers are").register(registry);
        Gauge.builder("archive.derivation.workers", () -> workerCount)
                .description("Derivation workers of this node (ARCHIVE_DERIVATION_WORKERS)").register(registry);
        this.derived = Timer.builder("archive.derivation.documents")
                .description("Documents derived from (metadata, search text, provenance); its count's rate is the "
                        + "derivation rate").register(registry);
        this.failed = Counter.builder("archive.derivation.failures")
                .description("Derivations that failed and left their document queued").register(registry);
        this.queue = queue;
        this.locks = locks;
        this.texts = texts;
        this.pipeline = pipeline;
    }

    /**
     * Derives from the document's current text now if it is queued; returns whether it did. Under the document's
     * lock, so no write of the document runs meanwhile; if another node's worker derives it at that moment, waits
     * for that instead. A failure is logged and leaves the document queued for a later attempt: the version itself
     * is archived already.
     */
    public boolean derive(String documentId) {
        return locks.withLock(documentId, () -> deriveUnderLock(documentId, queue::take));
    }

    /**
     * Derives every queued document, in queue order, before returning, due or not; returns how many it derived
     * itself (those the workers derive meanwhile it waits for, under each one's lock). Documents queued while it
     * runs are derived too. One that fails stays queued instead of being retried in the same pass.
     */
    public int deriveQueued() {
        long started = System.nanoTime();
        int derived = 0;
        Optional<DerivationQueue.Position> position = Optional.empty();
        while (!stopping) {
            Optional<DerivationQueue.Position> after = position;
            List<DerivationQueue.Position> next = QuarkusTransaction.requiringNew().call(() -> queue.after(after, PAGE));
            if (next.isEmpty()) {
                break;
            }
            for (DerivationQueue.Position queued : next) {
                if (stopping) {
                    break;
                }
                derived += derive(queued.documentId()) ? 1 : 0;
            }
            position = Optional.of(next.get(next.size() - 1));
        }
        if (derived > 0) {
            LOG.infof("derived metadata and provenance of %d queued document(s) in %.1f s", derived,
                    (System.nanoTime() - started) / 1e9);
        }
        return derived;
    }

    /**
     * Starts this node's derivation workers, once: each derives queued documents until none is due, then waits
     * for {@link #deriveQueuedInBackground} or, at most, the poll interval (documents another node queued).
     */
    public void startWorkers() {
        if (started.compareAndSet(false, true)) {
            for (int i = 0; i < workerCount; i++) {
                workers.execute(this::work);
            }
            LOG.infof("%d derivation worker(s) started", workerCount);
        }
    }

    /** Wakes this node's derivation workers: documents were queued. */
    public void deriveQueuedInBackground() {
        synchronized (wakeUpSignal) {
            wakeUps++;
            wakeUpSignal.notifyAll();
        }
    }

    private void work() {
        while (!stopping) {
            long seen;
            synchronized (wakeUpSignal) {
                seen = wakeUps;
            }
            try {
                deriveDue();
            } catch (RuntimeException e) {
                // The database gone, say: the worker tries again after the poll interval rather than at once.
                LOG.errorf("a derivation worker's pass over the queue failed: %s", e);
            }
            try {
                awaitWakeUp(seen);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Derives due documents until none is left that this worker may claim. */
    private void deriveDue() {
        Set<String> passedOver = new HashSet<>();
        while (!stopping) {
            Optional<String> candidate = QuarkusTransaction.requiringNew()
                    .call(() -> queue.nextUnclaimed(passedOver));
            if (candidate.isEmpty()) {
                return;
            }
            String documentId = candidate.get();
            // Being written (its writer derives it or queues it again) or claimed by another worker meanwhile.
            if (!locks.tryWithLock(documentId, () -> deriveUnderLock(documentId, queue::claim)).orElse(false)) {
                passedOver.add(documentId);
            }
        }
    }

    private void awaitWakeUp(long seen) throws InterruptedException {
        long deadline = System.nanoTime() + pollInterval.toNanos();
        synchronized (wakeUpSignal) {
            long left;
            while (!stopping && wakeUps == seen && (left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(wakeUpSignal, left);
            }
        }
    }

    /**
     * Derives from the document's current text in one transaction, if {@code take} takes it off the queue there.
     * The caller holds the document's lock.
     */
    private boolean deriveUnderLock(String documentId, Predicate<String> take) {
        deriving.incrementAndGet();
        long started = System.nanoTime();
        try {
            boolean done = QuarkusTransaction.requiringNew().call(() -> {
                if (!take.test(documentId)) {
                    return false;
                }
                ArchivedText current = texts.current(new DocumentId(documentId));
                pipeline.derive(new TextDerivation(current.version(), current.bytes()));
                return true;
            });
            if (done) {
                derived.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
            return done;
        } catch (RuntimeException e) {
            LOG.errorf("deriving metadata and provenance of %s failed; it stays queued: %s", documentId, e);
            failed.increment();
            postpone(documentId);
            return false;
        } finally {
            deriving.decrementAndGet();
        }
    }

    private void postpone(String documentId) {
        try {
            QuarkusTransaction.requiringNew().run(() -> queue.postpone(documentId));
        } catch (RuntimeException e) {
            LOG.errorf("%s stays due for derivation (its failure could not be recorded): %s", documentId, e);
        }
    }

    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshQueuedGauge() {
        queuedGauge.set(queued());
    }

    /** How many documents wait to be derived from. */
    public long queued() {
        return QuarkusTransaction.requiringNew().call(queue::size);
    }

    /** No worker claims a further document; {@link WorkerPools} lets the ones being derived finish. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        synchronized (wakeUpSignal) {
            wakeUpSignal.notifyAll();
        }
    }
}
