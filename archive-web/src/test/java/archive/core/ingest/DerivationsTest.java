package archive.core.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import archive.core.ingest.IngestResult.Outcome;
import archive.core.storage.ContentDigest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Metadata and provenance are derived after a version is archived: at once for an upload, later (queued) for a bulk
 * import, and never lost in between.
 */
@QuarkusTest
class DerivationsTest {

    @Inject
    IngestService ingest;

    @Inject
    Derivations derivations;

    @Inject
    DocumentLocks locks;

    @Inject
    EntityManager entityManager;

    @Test
    void aBulkImportLeavesItsDocumentsQueuedAndTheyAreDerivedAfterwards() throws IOException {
        byte[] text = copyOfTheJulyStory();
        String id = ContentDigest.sha256Hex(text).substring(0, 16);

        // Holding the document's lock keeps any background pass from deriving it while we look.
        locks.withLock(id, () -> {
            List<BatchOutcome> outcomes = ingest.ingestAll(List.of(new Upload(text, "copy.txt", "admin")));
            assertEquals(Outcome.CREATED, outcomes.get(0).result().outcome());
            assertTrue(queued(id), "archived and queued for derivation");
            given().get("/api/v1/documents/{id}/metadata", id).then().statusCode(200)
                    .body("fields.title", nullValue());
            return null;
        });
        derivations.deriveQueued();

        assertFalse(queued(id));
        given().get("/api/v1/documents/{id}/metadata", id).then()
                .body("fields.title.value", equalTo(Seeds.DEFENSE_STORY_JULY_TITLE))
                .body("fields.title.origin", equalTo("extracted"));
    }

    @Test
    void anUploadIsDerivedBeforeItIsAnswered() throws IOException {
        IngestResult result = ingest.ingest(new Upload(copyOfTheJulyStory(), "copy.txt", "admin"));

        assertFalse(queued(result.document().id));
        given().get("/api/v1/documents/{id}/metadata", result.document().id).then()
                .body("fields.title.value", equalTo(Seeds.DEFENSE_STORY_JULY_TITLE));
    }

    private boolean queued(String id) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager
                .createNativeQuery("select 1 from derivation_queue where document_id = ?1").setParameter(1, id)
                .getResultList().isEmpty());
    }

    /** The July seed story with a line of its own, so it is a new document with the story's metadata. */
    private static byte[] copyOfTheJulyStory() throws IOException {
        String story = Files.readString(Path.of("../seeds/000_" + Seeds.DEFENSE_STORY_JULY + ".txt"));
        return (story + "\nArchived by a test, " + UUID.randomUUID() + ".\n").getBytes(StandardCharsets.UTF_8);
    }
}
