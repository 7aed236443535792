package archive.core.ingest;

import archive.core.catalog.TextDerivation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The derivations the archive committed, as the tests of the derivation workers see them: how often each document
 * was derived from and from which text version last. A document a test names as failing makes its derivation fail.
 */
@ApplicationScoped
public class CommittedDerivations {

    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Integer> lastVersions = new HashMap<>();
    private final Map<String, Integer> failedAttempts = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    void onDerivation(@Observes TextDerivation derivation) {
        String id = derivation.version().documentId;
        if (failing.contains(id)) {
            failedAttempts.merge(id, 1, Integer::sum);
            throw new IllegalStateException("the test makes the derivation of " + id + " fail");
        }
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) TextDerivation derivation) {
        synchronized (this) {
            counts.merge(derivation.version().documentId, 1, Integer::sum);
            lastVersions.put(derivation.version().documentId, derivation.version().number);
            notifyAll();
        }
    }

    public synchronized int count(String documentId) {
        return counts.getOrDefault(documentId, 0);
    }

    public synchronized int lastVersion(String documentId) {
        return lastVersions.getOrDefault(documentId, 0);
    }

    /** Waits until the document has been derived from {@code times} times in all; false if that takes too long. */
    public synchronized boolean await(String documentId, int times, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        long left;
        while (count(documentId) < times && (left = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return count(documentId) >= times;
    }

    public void makeFail(String documentId) {
        failing.add(documentId);
    }

    public void stopFailing(String documentId) {
        failing.remove(documentId);
    }

    public int failedAttempts(String documentId) {
        return failedAttempts.getOrDefault(documentId, 0);
    }
}
