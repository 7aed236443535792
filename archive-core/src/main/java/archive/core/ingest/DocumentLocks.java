package archive.core.ingest;

import archive.core.catalog.DocumentId;
import archive.core.config.ArchiveConfig;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializes writes to one document (and creations of one id) across every node of the archive. A lock is taken in
 * two steps: an in-JVM stripe, so that this node's threads queue here without holding a database connection, then
 * PostgreSQL session advisory locks on a connection of the {@code locks} pool, held until the work is done. A node
 * that dies loses its connections, and PostgreSQL lets go of their locks with them. Batches take their locks in one
 * global order (stripes by index, advisory keys by value), so two batches never deadlock, on one node or two. A
 * thread that already holds locks takes further ones on the same connection, so nested work never waits for a
 * second connection: a node uses at most {@code ARCHIVE_LOCK_CONNECTIONS} lock connections, and a thread that finds
 * none free waits for one here — except in {@link #tryWithLock}, which never waits for anything.
 * <p>
 * A document's advisory key is its id read as a 64-bit number (ids are 16 hex digits): no two documents share one.
 * Other cluster-wide locks of the archive use PostgreSQL's two-key form, a separate key space.
 */
@ApplicationScoped
public class DocumentLocks {

    private final ReentrantLock[] stripes = new ReentrantLock[1024];
    private final javax.sql.DataSource lockConnections;
    /** One permit per connection of the pool, so that trying a lock never waits for a connection. */
    private final Semaphore freeConnections;
    /** The lock session of this thread's outermost lock, for the locks it takes while holding it. */
    private final ThreadLocal<AdvisoryLockSession> sessions = new ThreadLocal<>();

    public DocumentLocks(@DataSource("locks") javax.sql.DataSource lockConnections, ArchiveConfig config) {
        this.lockConnections = lockConnections;
        this.freeConnections = new Semaphore(config.lockConnections(), true);
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public <T> T withLock(String documentId, Supplier<T> work) {
        return withLocks(List.of(documentId), work);
    }

    /** Holds the locks of all these documents; taken in one global order, so two batches never deadlock. */
    public <T> T withLocks(Collection<String> documentIds, Supplier<T> work) {
        SortedSet<Integer> held = stripesOf(documentIds);
        held.forEach(stripe -> stripes[stripe].lock());
        try {
            return acrossNodes(keysOf(documentIds), work);
        } finally {
            held.forEach(stripe -> stripes[stripe].unlock());
        }
    }

    /**
     * Does the work under the document's lock if nobody, on this node or another, holds it now; empty (and nothing
     * done) if someone does.
     */
    public <T> Optional<T> tryWithLock(String documentId, Supplier<T> work) {
        ReentrantLock stripe = stripes[stripeOf(documentId)];
        if (!stripe.tryLock()) {
            return Optional.empty();
        }
        try {
            long key = keyOf(documentId);
            AdvisoryLockSession outer = sessions.get();
            if (outer != null && outer.holds(key)) {
                return Optional.of(work.get());
            }
            if (outer != null) {
                return outer.tryLock(key) ? Optional.of(holding(outer, List.of(key), work)) : Optional.empty();
            }
            if (!freeConnections.tryAcquire()) {
                return Optional.empty();
            }
            try {
                AdvisoryLockSession session = AdvisoryLockSession.open(lockConnections);
                try {
                    if (!session.tryLock(key)) {
                        return Optional.empty();
                    }
                    return Optional.of(outermost(session, work));
                } finally {
                    session.close();
                }
            } finally {
                freeConnections.release();
            }
        } finally {
            stripe.unlock();
        }
    }

    private <T> T acrossNodes(List<Long> keys, Supplier<T> work) {
        AdvisoryLockSession outer = sessions.get();
        if (outer != null) {
            return holding(outer, outer.lock(keys), work);
        }
        freeConnections.acquireUninterruptibly();
        try {
            AdvisoryLockSession session = AdvisoryLockSession.open(lockConnections);
            try {
                session.lock(keys);
                return outermost(session, work);
            } finally {
                session.close();
            }
        } finally {
            freeConnections.release();
        }
    }

    private <T> T outermost(AdvisoryLockSession session, Supplier<T> work) {
        sessions.set(session);
        try {
            return work.get();
        } finally {
            sessions.remove();
        }
    }

    /** Nested work: the keys this level added are let go when it ends, the outer ones stay held. */
    private static <T> T holding(AdvisoryLockSession session, List<Long> added, Supplier<T> work) {
        try {
            return work.get();
        } finally {
            session.unlock(added);
        }
    }

    private SortedSet<Integer> stripesOf(Collection<String> documentIds) {
        SortedSet<Integer> held = new TreeSet<>();
        documentIds.forEach(id -> held.add(stripeOf(id)));
        return held;
    }

    private int stripeOf(String documentId) {
        return Math.floorMod(documentId.hashCode(), stripes.length);
    }

    private static List<Long> keysOf(Collection<String> documentIds) {
        return documentIds.stream().map(DocumentLocks::keyOf).distinct().sorted().toList();
    }

    /** The document's advisory lock key: its 16 hex digits as a (signed) bigint. */
    static long keyOf(String documentId) {
        return Long.parseUnsignedLong(new DocumentId(documentId).value(), 16);
    }
}
