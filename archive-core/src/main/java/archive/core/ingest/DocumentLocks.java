package archive.core.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Serializes writes to one document (and creations of one id) within this server; striped to bound memory. */
@ApplicationScoped
public class DocumentLocks {

    private final ReentrantLock[] stripes = new ReentrantLock[1024];

    public DocumentLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public <T> T withLock(String documentId, Supplier<T> work) {
        return withLocks(List.of(documentId), work);
    }

    /**
     * Does the work under the document's lock if nobody else holds it now (the same stripe as {@link #withLock});
     * empty, without waiting, if somebody does. For those that hold database locks a writer of the document may
     * wait for, such as a derivation worker's claim on the document's queue row.
     */
    public <T> Optional<T> tryWithLock(String documentId, Supplier<T> work) {
        ReentrantLock stripe = stripes[stripeOf(documentId)];
        if (!stripe.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            stripe.unlock();
        }
    }

    /** Holds the locks of all these documents; taken in one global order, so two batches never deadlock. */
    public <T> T withLocks(Collection<String> documentIds, Supplier<T> work) {
        SortedSet<Integer> held = new TreeSet<>();
        documentIds.forEach(id -> held.add(stripeOf(id)));
        held.forEach(stripe -> stripes[stripe].lock());
        try {
            return work.get();
        } finally {
            held.forEach(stripe -> stripes[stripe].unlock());
        }
    }

    private int stripeOf(String documentId) {
        return Math.floorMod(documentId.hashCode(), stripes.length);
    }
}
