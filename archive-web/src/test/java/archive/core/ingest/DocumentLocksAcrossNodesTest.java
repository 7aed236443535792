package archive.core.ingest;

import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.OtherNode;
import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.config.ArchiveConfig;
import archive.core.ingest.IngestResult.Outcome;
import archive.core.storage.ContentDigest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A document's lock holds across nodes: another node's database session holding it keeps this node's writes of the
 * document waiting until it lets go — or dies, since PostgreSQL ends a dead node's session and its locks with it.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a lock that is never let go fails the test instead of hanging it
@QuarkusTest
class DocumentLocksAcrossNodesTest {

    @Inject
    IngestService ingest;

    @Inject
    DocumentLocks locks;

    @Inject
    Catalog catalog;

    @Inject
    ArchiveConfig config;

    @Inject
    Derivations derivations;

    private final ExecutorService writers = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopWriters() {
        writers.shutdownNow();
    }

    @Test
    void aWriteWaitsWhileAnotherNodeHoldsTheDocumentAndProceedsWhenItLetsGo() throws Exception {
        String id = create("Held elsewhere");
        try (OtherNode other = new OtherNode()) {
            other.lockDocument(id);
            CompletableFuture<IngestResult> write = newVersion(id, "Held elsewhere, edited");

            awaitWaiterFor(id);
            assertFalse(write.isDone(), "the write waits for the other node");
            assertEquals(1, catalog.versions(new DocumentId(id)).size());

            other.unlockDocument(id);
            assertEquals(Outcome.NEW_VERSION, write.get(1, TimeUnit.MINUTES).outcome());
        }
        assertEquals(2, catalog.versions(new DocumentId(id)).size());
    }

    @Test
    void theLocksOfANodeThatDiesAreReleased() throws Exception {
        String id = create("Held by a node that dies");
        try (OtherNode other = new OtherNode()) {
            other.lockDocument(id);
            CompletableFuture<IngestResult> write = newVersion(id, "Written once the holder is gone");
            awaitWaiterFor(id);

            other.die();

            assertEquals(Outcome.NEW_VERSION, write.get(1, TimeUnit.MINUTES).outcome());
        }
    }

    @Test
    void aBatchWaitsForEachOfItsDocuments() throws Exception {
        byte[] free = utf8(unique("A batch's free document"));
        byte[] held = utf8(unique("A batch's document held elsewhere"));
        String heldId = idOf(held);
        try (OtherNode other = new OtherNode()) {
            other.lockDocument(heldId);
            CompletableFuture<List<BatchOutcome>> batch = CompletableFuture.supplyAsync(() -> ingest.ingestAll(List.of(
                    new Upload(free, "free.txt", "test"), new Upload(held, "held.txt", "test"))), writers);

            awaitWaiterFor(heldId);
            assertFalse(batch.isDone());
            assertTrue(catalog.document(idOf(free)).isEmpty(), "nothing of the batch is written yet");

            other.unlockDocument(heldId);
            assertEquals(List.of(Outcome.CREATED, Outcome.CREATED), batch.get(1, TimeUnit.MINUTES).stream()
                    .map(outcome -> outcome.result().outcome()).toList());
        }
    }

    @Test
    void tryingALockAnotherNodeHoldsDoesNothing() throws SQLException {
        String id = create("Tried while held");
        try (OtherNode other = new OtherNode()) {
            other.lockDocument(id);
            assertEquals(Optional.empty(), locks.tryWithLock(id, () -> "done"));
            other.unlockDocument(id);
        }
        assertEquals(Optional.of("done"), locks.tryWithLock(id, () -> "done"));
    }

    @Test
    void tryingALockWhileEveryLockConnectionIsInUseDoesNotWait() throws Exception {
        // A background derivation waiting for a connection while it holds the stripe of one of the held documents
        // would keep that holder from starting, and this test from ever holding every connection: none may run.
        derivations.deriveQueued();
        int connections = config.lockConnections();
        List<String> held = IntStream.range(0, connections).mapToObj(i -> create("Held " + i)).toList();
        String tried = create("Tried while the node's lock connections are all in use");
        CountDownLatch holding = new CountDownLatch(connections);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holders = Executors.newFixedThreadPool(connections);
        try {
            held.forEach(id -> holders.execute(() -> locks.withLock(id, () -> {
                holding.countDown();
                awaitQuietly(release);
                return null;
            })));
            holding.await();

            assertEquals(Optional.empty(), locks.tryWithLock(tried, () -> "done"), "no connection to try it on");
        } finally {
            release.countDown();
            holders.shutdown();
        }
        assertTrue(holders.awaitTermination(1, TimeUnit.MINUTES));
        assertEquals(Optional.of("done"), locks.tryWithLock(tried, () -> "done"));
    }

    @Test
    void nestedLocksOfOneThreadShareItsSessionAndAreAllReleased() throws Exception {
        String outer = create("Outer lock");
        String inner = create("Inner lock");
        locks.withLock(outer, () -> locks.withLocks(List.of(outer, inner), () -> "nested"));
        try (OtherNode other = new OtherNode()) {
            CompletableFuture<Void> lockedElsewhere = CompletableFuture.runAsync(() -> {
                try {
                    other.lockDocument(outer);
                    other.lockDocument(inner);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, writers);
            lockedElsewhere.get(1, TimeUnit.MINUTES); // neither lock was left behind
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String idOf(byte[] text) {
        return ContentDigest.sha256Hex(text).substring(0, 16);
    }

    private String create(String subject) {
        return ingest.ingest(new Upload(utf8(unique(subject)), null, "test")).document().id;
    }

    private CompletableFuture<IngestResult> newVersion(String id, String subject) {
        return CompletableFuture.supplyAsync(() -> ingest.addVersion(new DocumentId(id),
                new Upload(utf8(unique(subject)), null, "test"), Optional.empty()), writers);
    }

    /** Polls PostgreSQL's lock table until this node's writer is seen waiting for the document. */
    private static void awaitWaiterFor(String id) throws SQLException {
        while (!OtherNode.someoneWaitsForDocument(id)) {
            Thread.onSpinWait();
        }
    }
}
