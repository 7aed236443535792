package archive.core.provenance;

import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.OtherNode;
import archive.core.ingest.IngestResult;
import archive.core.ingest.IngestService;
import archive.core.ingest.Upload;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Provenance detections are one at a time across nodes: while another node detects (holding the detections' lock in
 * its transaction), this node's detection waits, so each sees the links and counts the other committed.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a lock that is never let go fails the test instead of hanging it
@QuarkusTest
class DetectionAcrossNodesTest {

    @Inject
    IngestService ingest;

    private final ExecutorService uploads = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopUploads() {
        uploads.shutdownNow();
    }

    @Test
    void aDetectionWaitsForTheOneAnotherNodeIsRunning() throws Exception {
        byte[] text = utf8(unique("Detected after the other node's detection"));
        try (OtherNode other = new OtherNode()) {
            other.lockDetections();
            CompletableFuture<IngestResult> upload = CompletableFuture.supplyAsync(
                    () -> ingest.ingest(new Upload(text, null, "test")), uploads);

            while (!OtherNode.someoneWaitsForDetections()) {
                Thread.onSpinWait();
            }
            assertFalse(upload.isDone(), "an upload is answered once its provenance is detected");

            other.unlockDetections();
            String id = upload.get(1, TimeUnit.MINUTES).document().id;
            assertTrue(indexedVersion(id) > 0, "detected once the other node's detection was over");
        }
    }

    private static int indexedVersion(String id) {
        return QuarkusTransaction.requiringNew().call(() -> IndexedVersion.<IndexedVersion>findByIdOptional(id)
                .map(indexed -> indexed.textVersion).orElse(0));
    }
}
