package archive.core.ingest;

import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import archive.core.catalog.DocumentId;
import archive.core.storage.ContentDigest;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The derivation workers (two in tests) share the database's queue with each other and with other nodes, played
 * here by connections of the test's own that hold a queued row or queue a document as another node's import does.
 */
@QuarkusTest
class DerivationWorkersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    IngestService ingest;

    @Inject
    Derivations derivations;

    @Inject
    DocumentLocks locks;

    @Inject
    CommittedDerivations committed;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoWorkersAndAPassOfTheirOwnNeverDeriveOneDocumentTwice() throws Exception {
        List<Upload> uploads = IntStream.range(0, 30)
                .mapToObj(i -> new Upload(utf8(unique("Shared queue " + i)), "shared.txt", "admin")).toList();
        List<String> ids = uploads.stream().map(upload -> idOf(upload.bytes())).toList();
        // Queued all at once: the batch's locks keep the workers off until the whole batch is committed.
        locks.withLocks(ids, () -> ingest.ingestAll(uploads));

        derivations.deriveQueuedInBackground();
        derivations.deriveQueued();

        for (String id : ids) {
            assertTrue(committed.await(id, 1, PATIENCE), id + " derived");
        }
        for (String id : ids) {
            assertEquals(1, committed.count(id), id + " derived once");
            assertFalse(queued(id));
        }
    }

    @Test
    void aDocumentAnotherNodeHasClaimedIsSkippedAndDerivedOnceThatNodeLetsGo() throws Exception {
        Upload claimedElsewhere = new Upload(utf8(unique("Claimed by another node")), "claimed.txt", "admin");
        Upload next = new Upload(utf8(unique("Queued after the claimed one")), "next.txt", "admin");
        String claimedId = idOf(claimedElsewhere.bytes());
        String nextId = idOf(next.bytes());
        try (Connection otherNode = transaction()) {
            locks.withLocks(List.of(claimedId, nextId), () -> {
                ingest.ingestAll(List.of(claimedElsewhere));
                ingest.ingestAll(List.of(next));
                claim(otherNode, claimedId);
                return null;
            });
            derivations.deriveQueuedInBackground();

            assertTrue(committed.await(nextId, 1, PATIENCE), "the document queued after it is derived");
            assertEquals(0, committed.count(claimedId));
            assertTrue(queued(claimedId), "still queued: the other node holds it");

            otherNode.rollback(); // as when that node's derivation fails, or the node dies
        }
        assertTrue(committed.await(claimedId, 1, PATIENCE), "derived once the other node let go of it");
        assertFalse(queued(claimedId));
    }

    @Test
    void aDocumentQueuedByAnotherNodeIsDerivedWithoutBeingToldOfIt() throws Exception {
        Upload upload = new Upload(utf8(unique("Queued elsewhere")), "elsewhere.txt", "admin");
        String id = idOf(upload.bytes());
        try (Connection otherNode = DriverManager.getConnection(url, username, password)) {
            // Archived here but, as far as this node knows, not queued: the other node's import queues it.
            locks.withLock(id, () -> {
                ingest.ingestAll(List.of(upload));
                execute(otherNode, "delete from derivation_queue where document_id = ?", id);
                return null;
            });
            execute(otherNode, "insert into derivation_queue (document_id) values (?)", id);
        }

        assertTrue(committed.await(id, 1, PATIENCE), "derived by a worker looking at the queue by itself");
        assertFalse(queued(id));
    }

    @Test
    void anUploadAndAWorkerDerivingItsDocumentNeverWaitForEachOther() throws Exception {
        String id = ingest.ingest(new Upload(utf8(unique("Contested derivation")), "contested.txt", "admin"))
                .document().id;
        double failuresBefore = failures();
        for (int round = 0; round < 15; round++) {
            // Queued, as a bulk import leaves a new version; then a worker and an upload go for it at once.
            ingest.addVersion(new DocumentId(id), new Upload(utf8(unique("Queued version " + round)), "q.txt",
                    "admin"), Optional.empty(), DerivationTiming.QUEUED);
            byte[] uploaded = utf8(unique("Uploaded version " + round));
            CyclicBarrier start = new CyclicBarrier(2);
            Future<?> worker = threads.submit(() -> {
                start.await();
                derivations.deriveQueuedInBackground();
                return null;
            });
            Future<IngestResult> upload = threads.submit(() -> {
                start.await();
                return ingest.addVersion(new DocumentId(id), new Upload(uploaded, "u.txt", "admin"),
                        Optional.empty());
            });
            int version = finished(worker, upload, round);
            awaitTrue(() -> committed.lastVersion(id) == version && !queued(id),
                    "round " + round + ": the uploaded version " + version + " is the one derived from");
        }
        assertEquals(failuresBefore, failures(), "no derivation failed (a database deadlock would have)");
    }

    @Test
    void aFailedDerivationStaysQueuedAndIsNotRetriedAtOnce() throws Exception {
        Upload failing = new Upload(utf8(unique("Fails to derive")), "failing.txt", "admin");
        Upload after = new Upload(utf8(unique("Queued after the failing one")), "after.txt", "admin");
        String failingId = idOf(failing.bytes());
        String afterId = idOf(after.bytes());
        committed.makeFail(failingId);
        try {
            ingest.ingestAll(List.of(failing));
            derivations.deriveQueuedInBackground();
            awaitTrue(() -> attempts(failingId) == 1, "the failure is recorded on the queued document");

            ingest.ingestAll(List.of(after));
            derivations.deriveQueuedInBackground();
            assertTrue(committed.await(afterId, 1, PATIENCE), "the workers go on with the queue");
            assertEquals(1, committed.failedAttempts(failingId), "not retried at once");
            assertTrue(queued(failingId));
        } finally {
            committed.stopFailing(failingId);
        }
        // A pass of one's own derives every queued document, due or not.
        derivations.deriveQueued();
        assertEquals(1, committed.count(failingId));
        assertFalse(queued(failingId));
    }

    /** The version the upload archived, once it and the worker's wake-up are done; fails if they deadlocked. */
    private static int finished(Future<?> worker, Future<IngestResult> upload, int round) throws Exception {
        try {
            worker.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            return upload.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).version().number;
        } catch (TimeoutException e) {
            throw new AssertionError("round " + round + ": the upload and the worker deadlocked", e);
        }
    }

    private double failures() {
        return registry.get("archive.derivation.failures").counter().count();
    }

    private static String idOf(byte[] text) {
        return ContentDigest.sha256Hex(text).substring(0, 16);
    }

    private Connection transaction() throws SQLException {
        Connection connection = DriverManager.getConnection(url, username, password);
        connection.setAutoCommit(false);
        return connection;
    }

    /** What another node's worker does while it derives the document: hold its queue row. */
    private static void claim(Connection connection, String id) {
        try (PreparedStatement claim = connection.prepareStatement(
                "select document_id from derivation_queue where document_id = ? for update")) {
            claim.setString(1, id);
            try (ResultSet row = claim.executeQuery()) {
                assertTrue(row.next(), id + " queued");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection connection, String statement, String id) {
        try (PreparedStatement update = connection.prepareStatement(statement)) {
            update.setString(1, id);
            assertEquals(1, update.executeUpdate(), statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean queued(String id) {
        return attempts(id) >= 0;
    }

    /** How often the derivation of the queued document failed; -1 if it is not queued. */
    private int attempts(String id) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                PreparedStatement select = connection.prepareStatement(
                        "select attempts from derivation_queue where document_id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls the database until the condition holds; fails after a minute. */
    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(what);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
