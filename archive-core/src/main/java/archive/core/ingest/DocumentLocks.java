package archive.core.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
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

    /** Holds the locks of all these documents; taken in one global order, so two batches never deadlock. */
    public <T> T withLocks(Collection<String> documentIds, Supplier<T> work) {
        SortedSet<Integer> held = new TreeSet<>();
        documentIds.forEach(id -> held.add(Math.floorMod(id.hashCode(), stripes.length)));
        held.forEach(stripe -> stripes[stripe].lock());
        try {
            return work.get();
        } finally {
            held.forEach(stripe -> stripes[stripe].unlock());
        }
    }
}
