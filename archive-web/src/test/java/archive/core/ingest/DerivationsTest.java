package archive.core.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.ingest.IngestResult.Outcome;
import archive.core.storage.ContentDigest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Metadata and provenance are derived after a version is archived: at once for an upload, later (queued) for a bulk
 * import, and never lost in between.
 */
@QuarkusTest
class DerivationsTest {

    private static final String TITLE = "Harbor Cranes Inspected at Naval Station";

    @Inject
    IngestService ingest;

    @Inject
    Derivations derivations;

    @Inject
    DocumentLocks locks;

    @Inject
    EntityManager entityManager;

    @Test
    void aBulkImportLeavesItsDocumentsQueuedAndTheyAreDerivedAfterwards() {
        String reference = UUID.randomUUID().toString();
        byte[] text = storyWithItsOwnTitle(TITLE, reference);
        String id = ContentDigest.sha256Hex(text).substring(0, 16);

        // Holding the document's lock keeps any background pass from deriving it while we look.
        locks.withLock(id, () -> {
            List<BatchOutcome> outcomes = ingest.ingestAll(List.of(new Upload(text, "copy.txt", "admin")));
            assertEquals(Outcome.CREATED, outcomes.get(0).result().outcome());
            assertTrue(queued(id), "archived and queued for derivation");
            given().get("/api/v1/documents/{id}/metadata", id).then().statusCode(200)
                    .body("fields.title", nullValue());
            // Listed at once; its words are searchable once it is derived from.
            given().queryParam("size", 100).get("/api/v1/search").then().statusCode(200)
                    .body("items.id", hasItem(id));
            given().queryParam("q", reference).get("/api/v1/search").then().body("total", equalTo(0));
            return null;
        });
        derivations.deriveQueued();

        assertFalse(queued(id));
        given().get("/api/v1/documents/{id}/metadata", id).then()
                .body("fields.title.value", equalTo(TITLE))
                .body("fields.title.origin", equalTo("extracted"));
        given().queryParam("q", reference).get("/api/v1/search").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void anUploadIsDerivedBeforeItIsAnswered() {
        String reference = UUID.randomUUID().toString();
        IngestResult result = ingest.ingest(new Upload(storyWithItsOwnTitle(TITLE, reference), "story.txt",
                "admin"));

        assertFalse(queued(result.document().id));
        given().get("/api/v1/documents/{id}/metadata", result.document().id).then()
                .body("fields.title.value", equalTo(TITLE));
        given().queryParam("q", reference).get("/api/v1/search").then()
                .body("items.id", hasItem(result.document().id));
    }

    private boolean queued(String id) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager
                .createNativeQuery("select 1 from derivation_queue where document_id = ?1").setParameter(1, id)
                .getResultList().isEmpty());
    }

    /**
     * A story in the defense.gov format with a title of its own: its metadata is known, and no seed's provenance
     * changes because of it (the tests share one archive).
     */
    private static byte[] storyWithItsOwnTitle(String title, String reference) {
        return ("https://media.defense.gov/2023/Mar/14/2003180001/825/780/0/230314-D-TEST-0001.JPG\n\n"
                + "Engineers of the derivation test inspected harbor cranes at a naval station on Tuesday, "
                + "checking each of them against the maintenance schedule set last winter.\n\n"
                + "\"The cranes are ready for the spring season,\" the station's commander said, adding that two "
                + "of them would be replaced next year. Reference " + reference + ".\n\n"
                + "This Defense news article \"" + title + "\" was originally found on "
                + "https://www.defense.gov/News/News-Stories/Article/Article/3300001/harbor-cranes/\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
