package archive.core.ingest;

import archive.core.catalog.DocumentId;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Derives what the archive knows from a document's current text — extracted metadata, search facets, provenance —
 * once the version is archived. An upload's document is derived before the upload is answered, so the uploader sees
 * its metadata and sources; a bulk import leaves its documents in the {@link DerivationQueue} and they are derived
 * in the background, so archiving thousands of files does not wait for the analysis of each. What is still queued
 * when the archive stops is derived after the next start.
 */
@ApplicationScoped
public class Derivations {

    private static final int PAGE = 100;
    private static final Logger LOG = Logger.getLogger(Derivations.class);

    private final DerivationQueue queue;
    private final DocumentLocks locks;
    private final TextRetrieval texts;
    private final DerivationPipeline pipeline;
    private final ExecutorService background;
    private final AtomicBoolean passRequested = new AtomicBoolean();
    /** Read from the queue by {@link #refreshQueuedGauge}: a scrape of the metrics must not query the database. */
    private final AtomicLong queuedGauge = new AtomicLong();
    private final Timer derived;
    private final Counter failed;
    private volatile boolean stopping;

    public Derivations(DerivationQueue queue, DocumentLocks locks, TextRetrieval texts,
            DerivationPipeline pipeline, WorkerPools pools, MeterRegistry registry) {
        this.background = pools.derivation();
        Gauge.builder("archive.derivation.queued", queuedGauge, AtomicLong::get)
                .description("Documents waiting for their metadata, search text and provenance (read every 10 s)")
                .register(registry);
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
     * lock, so no write of the document runs meanwhile. A failure is logged and leaves the document queued for a
     * later pass: the version itself is archived already.
     */
    public boolean derive(String documentId) {
        return locks.withLock(documentId, () -> {
            try {
                long started = System.nanoTime();
                boolean done = QuarkusTransaction.requiringNew().call(() -> {
                    if (!queue.take(documentId)) {
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
                return false;
            }
        });
    }

    /**
     * Derives every queued document, in queue order, before returning; returns how many. Documents queued while
     * it runs are derived too. One that fails stays queued for the next pass instead of being retried at once.
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

    /** Starts {@link #deriveQueued} on the background thread, unless a pass is already waiting to start there. */
    public void deriveQueuedInBackground() {
        if (!stopping && passRequested.compareAndSet(false, true)) {
            background.execute(() -> {
                passRequested.set(false);
                deriveQueued();
            });
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

    /** No further document is taken; {@link WorkerPools} lets the one being derived finish. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
