package archive.core.ingest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Repairs the writes a crash or a failure interrupted, whichever node they were on: at start, before the archive
 * serves, and every minute, so that what a dead node left is repaired by the nodes still running instead of waiting
 * for its restart. A document whose lock a live node holds is being written by it and is left alone until a later
 * pass; holding the lock itself, the repair knows the write it repairs is over.
 */
@ApplicationScoped
public class InterruptedWrites {

    private static final Logger LOG = Logger.getLogger(InterruptedWrites.class);

    private final WriteIntents intents;
    private final DocumentLocks locks;
    private final Reconciler reconciler;
    private final Derivations derivations;
    /** Read by the gauge: a scrape of the metrics must not query the database. */
    private final AtomicLong unfinished = new AtomicLong();

    public InterruptedWrites(WriteIntents intents, DocumentLocks locks, Reconciler reconciler,
            Derivations derivations, MeterRegistry registry) {
        this.intents = intents;
        this.locks = locks;
        this.reconciler = reconciler;
        this.derivations = derivations;
        Gauge.builder("archive.writes.unfinished", unfinished, AtomicLong::get)
                .description("Write intents not ended, on any node: writes in progress and interrupted ones waiting "
                        + "for repair (read after each repair pass and every 10 s)")
                .register(registry);
    }

    /**
     * Repairs every interrupted write no live node is doing; returns how many versions were recorded. Their
     * derivation is left queued (a crash during a bulk import leaves a whole batch).
     */
    public int repair() {
        int recorded = 0;
        for (String id : intents.pending()) {
            try {
                recorded += locks.tryWithLock(id, () -> reconciler.repairIfInterrupted(id)).orElse(0);
            } catch (RuntimeException e) {
                LOG.errorf("repairing the interrupted write of %s failed; the next pass tries again: %s", id, e);
            }
        }
        refreshUnfinishedGauge();
        if (recorded > 0) {
            LOG.infof("reconciled %d version(s) the catalog lacked after an interrupted write", recorded);
        }
        return recorded;
    }

    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshUnfinishedGauge() {
        unfinished.set(intents.count());
    }

    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void repairPeriodically() {
        if (repair() > 0) {
            derivations.deriveQueuedInBackground();
        }
    }
}
