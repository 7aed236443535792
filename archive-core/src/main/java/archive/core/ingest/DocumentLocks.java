package archive.core.ingest;

import jakarta.enterprise.context.ApplicationScoped;
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
        ReentrantLock lock = stripes[Math.floorMod(documentId.hashCode(), stripes.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
